package se.sip.meeting;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static se.sip.meeting.MeetingFixtures.individual;
import static se.sip.meeting.MeetingFixtures.inviteeIds;
import static se.sip.meeting.MeetingFixtures.meeting;
import static se.sip.meeting.MeetingFixtures.municipalityParty;
import static se.sip.meeting.MeetingFixtures.regionParty;
import static se.sip.meeting.MeetingFixtures.ARRIVAL;
import static se.sip.meeting.MeetingFixtures.MUNICIPALITY;
import static se.sip.meeting.MeetingFixtures.REGION;
import static se.sip.meeting.MeetingFixtures.STRANGER;
import static se.sip.meeting.MeetingFixtures.body;
import static se.sip.meeting.MeetingFixtures.book;
import static se.sip.meeting.MeetingFixtures.caseworker;
import static se.sip.meeting.MeetingFixtures.etag;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.meetingEventsKeyed;
import static se.sip.meeting.MeetingFixtures.municipality;
import static se.sip.meeting.MeetingFixtures.region;
import static se.sip.meeting.MeetingFixtures.shareWithRegion;
import static se.sip.meeting.MeetingFixtures.typesOf;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/** Minutes and their adjustment (seed 001): the note-taker submits, both adjusters approve or one sends them back. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class MeetingMinutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "Tolvan berättade om sin vardag.";

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @Test
    void minutesSubmittedAndApprovedByBothAdjustersEmitHeldSubmittedAndApprovedOnceEach() throws Exception {
        String person = TestPersons.next();
        String personRef = ref(person);
        String id = book(knownPlan(plans, personRef, "SIP"), person, startedTwoHoursAgo());
        shareWithRegion(personRef, id);
        List<String> invitees = municipality().get("/api/v1/meetings/" + id).then().extract().path("invitees.id");
        List<String> adjusters = municipality().get("/api/v1/meetings/" + id).then().extract().path("adjusters.id");
        String followUp = LocalDate.now().plusDays(60).toString();

        region().body(minutes(invitees, followUp)).post("/api/v1/meetings/" + id + "/minutes").then().statusCode(403);
        municipality().body(minutes(invitees, followUp)).post("/api/v1/meetings/" + id + "/minutes")
                .then().statusCode(200)
                .body("status", equalTo("HELD"))
                .body("minutes.revision", equalTo(1))
                .body("minutes.status", equalTo("SUBMITTED"));
        municipality().body(minutes(invitees, followUp)).post("/api/v1/meetings/" + id + "/minutes")
                .then().statusCode(409);

        municipality().header("If-Match", "\"0\"").body(approval(adjusters.get(0), true, null))
                .post("/api/v1/meetings/" + id + "/minutes/approvals").then().statusCode(412);
        municipality().body(approval(adjusters.get(1), true, null)).post("/api/v1/meetings/" + id + "/minutes/approvals")
                .then().statusCode(403);
        caseworker(STRANGER, "MUNICIPALITY").body(approval(adjusters.get(1), true, null))
                .post("/api/v1/meetings/" + id + "/minutes/approvals").then().statusCode(404);
        region().body(approval(invitees.get(1), true, null)).post("/api/v1/meetings/" + id + "/minutes/approvals")
                .then().statusCode(422).body("detail", containsString("adjusterId"));

        municipality().body(approval(adjusters.get(0), true, null)).post("/api/v1/meetings/" + id + "/minutes/approvals")
                .then().statusCode(200).body("minutes.status", equalTo("SUBMITTED"))
                .body("minutes.approvals.size()", equalTo(1));
        municipality().body(approval(adjusters.get(0), true, null)).post("/api/v1/meetings/" + id + "/minutes/approvals")
                .then().statusCode(409);
        region().body(approval(adjusters.get(1), true, null)).post("/api/v1/meetings/" + id + "/minutes/approvals")
                .then().statusCode(200).body("minutes.status", equalTo("APPROVED"));
        region().body(approval(adjusters.get(1), true, null)).post("/api/v1/meetings/" + id + "/minutes/approvals")
                .then().statusCode(409);

        List<ConsumerRecord<String, byte[]>> events = await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(300))
                .during(Duration.ofSeconds(2)).until(() -> meetingEventsKeyed(personRef), l -> l.size() == 4);
        assertEquals(List.of(EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_HELD, EventTypes.MINUTES_SUBMITTED,
                EventTypes.MINUTES_APPROVED), typesOf(events));
        JsonNode held = data(events.get(1));
        assertEquals(2, held.get("attendeeOrgIds").size());
        assertEquals(followUp, held.get("nextFollowUpOn").asText());
        JsonNode submitted = data(events.get(2));
        String submittedOn = OffsetDateTime.parse(submitted.get("submittedAt").asText())
                .atZoneSameInstant(ZoneId.of("Europe/Stockholm")).toLocalDate().toString();
        assertEquals(LocalDate.parse(submittedOn).plusWeeks(1).toString(), submitted.get("answerBy").asText());
        assertEquals(MUNICIPALITY, submitted.get("noteTakerOrgId").asText());
        assertTrue(submitted.get("returnedByOrgId").isNull());
        JsonNode approved = data(events.get(3));
        assertEquals(submitted.get("answerBy"), approved.get("answerBy"));
        assertEquals(1, approved.get("revision").asInt());
        assertEquals("APPROVED", approved.get("status").asText());
        assertEquals(List.of(MUNICIPALITY, REGION), List.of(approved.get("adjusterOrgIds").get(0).asText(),
                approved.get("adjusterOrgIds").get(1).asText()));
        assertFalse(approved.get("approvedAt").isNull());
        for (ConsumerRecord<String, byte[]> event : events) {
            assertFalse(body(event).contains("Tolvan") || body(event).contains("Beslut"), "no minutes text in events");
        }
    }

    @Test
    void aCommentSendsTheMinutesBackAndTheCorrectedOnesAreRevisionTwoWithTheHistoryKept() throws Exception {
        String person = TestPersons.next();
        String personRef = ref(person);
        String id = book(knownPlan(plans, personRef, "SIP"), person, startedTwoHoursAgo());
        shareWithRegion(personRef, id);
        List<String> invitees = municipality().get("/api/v1/meetings/" + id).then().extract().path("invitees.id");
        List<String> adjusters = municipality().get("/api/v1/meetings/" + id).then().extract().path("adjusters.id");
        municipality().body(minutes(invitees, null)).post("/api/v1/meetings/" + id + "/minutes").then().statusCode(200);

        region().body(approval(adjusters.get(1), false, null)).post("/api/v1/meetings/" + id + "/minutes/approvals")
                .then().statusCode(422).body("detail", containsString("comment"));
        municipality().body(approval(adjusters.get(0), true, null)).post("/api/v1/meetings/" + id + "/minutes/approvals")
                .then().statusCode(200);
        region().body(approval(adjusters.get(1), false, "Beslut 2 gäller från februari."))
                .post("/api/v1/meetings/" + id + "/minutes/approvals")
                .then().statusCode(200)
                .body("minutes.status", equalTo("DRAFT"))
                .body("minutes.approvals[1].comment", equalTo("Beslut 2 gäller från februari."));
        municipality().body(approval(adjusters.get(0), true, null)).post("/api/v1/meetings/" + id + "/minutes/approvals")
                .then().statusCode(409);

        municipality().header("If-Match", "\"0\"").body(minutes(invitees, null))
                .post("/api/v1/meetings/" + id + "/minutes").then().statusCode(412);
        municipality().header("If-Match", etag(id)).body(minutes(invitees, null))
                .post("/api/v1/meetings/" + id + "/minutes")
                .then().statusCode(200)
                .body("minutes.revision", equalTo(2))
                .body("minutes.status", equalTo("SUBMITTED"))
                .body("minutes.approvals", empty());

        region().get("/api/v1/meetings/" + id + "/minutes").then().statusCode(200)
                .body("revisions.revision", equalTo(List.of(1, 2)))
                .body("revisions[0].status", equalTo("DRAFT"))
                .body("revisions[0].text", equalTo(TEXT))
                .body("revisions[0].approvals.approved", equalTo(List.of(true, false)))
                .body("revisions[0].approvals[1].comment", equalTo("Beslut 2 gäller från februari."))
                .body("revisions[1].approvedAt", nullValue());
        List<ConsumerRecord<String, byte[]>> events = await().atMost(ARRIVAL).until(
                () -> meetingEventsKeyed(personRef), l -> l.size() == 5);
        assertEquals(List.of(EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_HELD, EventTypes.MINUTES_SUBMITTED,
                EventTypes.MINUTES_RETURNED, EventTypes.MINUTES_SUBMITTED), typesOf(events));
        JsonNode returned = data(events.get(3));
        assertEquals(1, returned.get("revision").asInt());
        assertEquals("DRAFT", returned.get("status").asText());
        assertEquals(REGION, returned.get("returnedByOrgId").asText());
        assertEquals(MUNICIPALITY, returned.get("noteTakerOrgId").asText());
        assertEquals(data(events.get(2)).get("answerBy"), returned.get("answerBy"));
        assertEquals(2, data(events.get(4)).get("revision").asInt());
        assertFalse(body(events.get(3)).contains("februari"), "never the adjuster's comment on the bus");
    }

    @Test
    void theMinutesSayWhyTheIndividualDidNotAttendNeverOnAnEventAndOurOwnServicesReadIt() {
        String person = TestPersons.next();
        String personRef = ref(person);
        String id = municipality().body(meeting(knownPlan(plans, personRef, "SIP"), person, "SIP",
                startedTwoHoursAgo(), individual(), municipalityParty(), regionParty())).post("/api/v1/meetings")
                .then().statusCode(201).extract().path("id");
        List<String> invitees = inviteeIds(id);
        String reason = "Tolvan låg på sjukhus och ville att mötet hölls ändå.";

        municipality().body(MeetingFixtures.minutes(invitees, reason)).post("/api/v1/meetings/" + id + "/minutes")
                .then().statusCode(422).body("detail", containsString("absenceReason"));
        municipality().body(MeetingFixtures.minutes(invitees.subList(1, 3), "x".repeat(1001)))
                .post("/api/v1/meetings/" + id + "/minutes")
                .then().statusCode(400).body("errors.field", hasItem(containsString("absenceReason")));
        municipality().body(MeetingFixtures.minutes(invitees.subList(1, 3), reason))
                .post("/api/v1/meetings/" + id + "/minutes")
                .then().statusCode(200).body("minutes.revision", equalTo(1));

        municipality().get("/api/v1/meetings/" + id + "/minutes").then().statusCode(200)
                .body("revisions[0].absenceReason", equalTo(reason))
                .body("revisions[0].answerBy", equalTo(LocalDate.now(ZoneId.of("Europe/Stockholm")).plusWeeks(1)
                        .toString()));
        given().header("Authorization", Tokens.service("plan-service"))
                .get("/api/v1/meetings/" + id + "/minutes").then().statusCode(200)
                .body("revisions[0].absenceReason", equalTo(reason));
        caseworker(STRANGER, "MUNICIPALITY").get("/api/v1/meetings/" + id + "/minutes").then().statusCode(404);

        List<ConsumerRecord<String, byte[]>> events = await().atMost(ARRIVAL)
                .until(() -> meetingEventsKeyed(personRef), l -> l.size() == 3);
        events.forEach(e -> assertFalse(body(e).contains("sjukhus"), "never the absence reason on the bus"));
    }

    private static String startedTwoHoursAgo() {
        return OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).toString();
    }

    private static String minutes(List<String> attendees, String nextFollowUp) {
        return """
                {"text": "%s", "decisions": ["Boendestöd två gånger i veckan.", "Läkarbesök i januari."],
                 "attendees": [%s], "nextFollowUp": %s}""".formatted(TEXT,
                String.join(", ", attendees.stream().map(a -> "\"" + a + "\"").toList()),
                nextFollowUp == null ? "null" : "\"" + nextFollowUp + "\"");
    }

    private static String approval(String adjusterId, boolean approved, String comment) {
        return """
                {"adjusterId": "%s", "approved": %s, "comment": %s}""".formatted(adjusterId, approved,
                comment == null ? "null" : "\"" + comment + "\"");
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> event) throws Exception {
        return JSON.readTree(body(event)).get("data");
    }

    private String ref(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }
}
