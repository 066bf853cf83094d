package se.sip.meeting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.sip.meeting.MeetingFixtures.ARRIVAL;
import static se.sip.meeting.MeetingFixtures.MUNICIPALITY;
import static se.sip.meeting.MeetingFixtures.STRANGER;
import static se.sip.meeting.MeetingFixtures.as;
import static se.sip.meeting.MeetingFixtures.body;
import static se.sip.meeting.MeetingFixtures.book;
import static se.sip.meeting.MeetingFixtures.caseworker;
import static se.sip.meeting.MeetingFixtures.etag;
import static se.sip.meeting.MeetingFixtures.individual;
import static se.sip.meeting.MeetingFixtures.inviteeIds;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.meeting;
import static se.sip.meeting.MeetingFixtures.meetingEventsKeyed;
import static se.sip.meeting.MeetingFixtures.municipality;
import static se.sip.meeting.MeetingFixtures.municipalityMatching;
import static se.sip.meeting.MeetingFixtures.municipalityParty;
import static se.sip.meeting.MeetingFixtures.region;
import static se.sip.meeting.MeetingFixtures.regionParty;
import static se.sip.meeting.MeetingFixtures.shareWithRegion;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/**
 * The individual's voice before a meeting (seeds 000, 001): wishes recorded before it is held, replaced by a second
 * recording, read as the meeting is, by our own services too, and never put on the bus.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class MeetingWishesTest {

    private static final String STARTS_AT = "2026-12-10T09:00:00+01:00";

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @Test
    void wishesAreRecordedReplacedAndReadAsTheMeetingIsAndNeverPublished() {
        String person = TestPersons.next();
        String personRef = ref(person);
        String id = book(knownPlan(plans, personRef, "SIP"), person, STARTS_AT);
        String version = etag(id);

        municipality().get("/api/v1/meetings/" + id + "/wishes").then().statusCode(404)
                .body("type", equalTo("urn:sip:problem:not-found"));
        municipality().body(wishes(List.of("Min syster Anna"), List.of("Var jag ska bo efter utskrivningen"),
                "\"DIGITAL\"")).post("/api/v1/meetings/" + id + "/wishes")
                .then().statusCode(200)
                .body("meetingId", equalTo(id))
                .body("wantsInvited", equalTo(List.of("Min syster Anna")))
                .body("preferredFormat", equalTo("DIGITAL"))
                .body("recordedByOrg", equalTo(MUNICIPALITY))
                .body("recordedAt", notNullValue());
        municipality().body(wishes(List.of("Kontaktpersonen på boendet"), List.of("Att få behålla samma läkare",
                "Mitt arbete"), null)).post("/api/v1/meetings/" + id + "/wishes")
                .then().statusCode(200)
                .body("wantsInvited", equalTo(List.of("Kontaktpersonen på boendet")));

        municipality().get("/api/v1/meetings/" + id + "/wishes").then().statusCode(200)
                .body("wantsInvited", equalTo(List.of("Kontaktpersonen på boendet")))
                .body("topics", equalTo(List.of("Att få behålla samma läkare", "Mitt arbete")))
                .body("preferredFormat", equalTo(null))
                .body("recordedBy", equalTo("Karin Lund, socialsekreterare"));
        assertEquals(version, etag(id), "the wishes leave the meeting's version as it is");

        // Visible as the meeting is: a party once a consent shares with it, our own services, never a stranger.
        caseworker(STRANGER, "MUNICIPALITY").get("/api/v1/meetings/" + id + "/wishes").then().statusCode(404);
        caseworker(STRANGER, "MUNICIPALITY").body(wishes(List.of(), List.of(), null))
                .post("/api/v1/meetings/" + id + "/wishes").then().statusCode(404);
        shareWithRegion(personRef, id);
        region().get("/api/v1/meetings/" + id + "/wishes").then().statusCode(200)
                .body("topics.size()", equalTo(2));
        given().header("Authorization", Tokens.service("plan-service"))
                .get("/api/v1/meetings/" + id + "/wishes").then().statusCode(200)
                .body("wantsInvited", equalTo(List.of("Kontaktpersonen på boendet")));
        as(MUNICIPALITY, "MUNICIPALITY", "partner").body(wishes(List.of(), List.of(), null))
                .post("/api/v1/meetings/" + id + "/wishes").then().statusCode(403);
        as(MUNICIPALITY, "MUNICIPALITY", "auditor").get("/api/v1/meetings/" + id + "/wishes").then().statusCode(403);

        await().atMost(ARRIVAL).during(Duration.ofSeconds(2)).until(() -> meetingEventsKeyed(personRef).size() == 1);
        meetingEventsKeyed(personRef).forEach(e -> assertFalse(body(e).contains("Kontaktpersonen")
                || body(e).contains("läkare") || body(e).contains("syster"), "never the wishes on the bus"));
    }

    @Test
    void wishesAreForAMeetingTheIndividualIsCalledToBeforeItIsHeld() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "SIP");
        String officials = municipality().body(meeting(planId, person, "OFFICIALS", STARTS_AT, municipalityParty(),
                regionParty())).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        String followUp = municipality().body(meeting(planId, person, "FOLLOW_UP", STARTS_AT, individual(),
                municipalityParty())).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        String cancelled = book(planId, person, STARTS_AT);
        municipalityMatching(cancelled).body("{\"reason\": \"The chair is ill.\"}")
                .post("/api/v1/meetings/" + cancelled + "/cancellation").then().statusCode(200);
        String held = book(planId, person, OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).toString());
        municipality().body("{\"attendees\": [\"" + inviteeIds(held).get(0) + "\"]}")
                .post("/api/v1/meetings/" + held + "/held").then().statusCode(200);
        String ok = wishes(List.of(), List.of("Min ekonomi"), "\"PHYSICAL\"");

        municipality().body(ok).post("/api/v1/meetings/" + officials + "/wishes")
                .then().statusCode(422).body("detail", containsString("OFFICIALS"));
        municipality().body(ok).post("/api/v1/meetings/" + cancelled + "/wishes")
                .then().statusCode(409).body("type", equalTo("urn:sip:problem:conflict"));
        municipality().body(ok).post("/api/v1/meetings/" + held + "/wishes").then().statusCode(409);
        municipality().body(ok).post("/api/v1/meetings/" + UUID.randomUUID() + "/wishes").then().statusCode(404);
        municipality().body(ok).post("/api/v1/meetings/" + followUp + "/wishes")
                .then().statusCode(200).body("preferredFormat", equalTo("PHYSICAL"));
    }

    @Test
    void invalidWishesAre400NamingTheField() {
        String person = TestPersons.next();
        String id = book(knownPlan(plans, ref(person), "SIP"), person, STARTS_AT);

        municipality().body("{\"wantsInvited\": [], \"topics\": []}").post("/api/v1/meetings/" + id + "/wishes")
                .then().statusCode(400).body("errors.field", hasItem(containsString("recordedBy")));
        municipality().body(wishes(Collections.nCopies(21, "Anna"), List.of(), null))
                .post("/api/v1/meetings/" + id + "/wishes")
                .then().statusCode(400).body("errors.field", hasItem(containsString("wantsInvited")));
        municipality().body(wishes(List.of(), List.of("x".repeat(501)), null))
                .post("/api/v1/meetings/" + id + "/wishes")
                .then().statusCode(400).body("errors.field", hasItem(containsString("topics")));
        municipality().body(wishes(List.of(), List.of(), "\"BY_PHONE\""))
                .post("/api/v1/meetings/" + id + "/wishes").then().statusCode(400);
        municipality().body("{\"topics\": [], \"recordedBy\": \"Karin Lund\"}").post("/api/v1/meetings/" + id + "/wishes")
                .then().statusCode(400).body("errors.field", hasItem(containsString("wantsInvited")));
        municipality().get("/api/v1/meetings/" + id + "/wishes").then().statusCode(404);
    }

    private static String wishes(List<String> wantsInvited, List<String> topics, String preferredFormat) {
        return """
                {"wantsInvited": [%s], "topics": [%s], "preferredFormat": %s,
                 "recordedBy": "Karin Lund, socialsekreterare"}""".formatted(quoted(wantsInvited), quoted(topics),
                preferredFormat);
    }

    private static String quoted(List<String> texts) {
        return String.join(", ", texts.stream().map(t -> "\"" + t + "\"").toList());
    }

    private String ref(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }
}
