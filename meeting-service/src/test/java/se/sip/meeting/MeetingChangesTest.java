package se.sip.meeting;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sip.meeting.MeetingFixtures.ARRIVAL;
import static se.sip.meeting.MeetingFixtures.MUNICIPALITY;
import static se.sip.meeting.MeetingFixtures.REGION;
import static se.sip.meeting.MeetingFixtures.book;
import static se.sip.meeting.MeetingFixtures.etag;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.meetingEventsKeyed;
import static se.sip.meeting.MeetingFixtures.individual;
import static se.sip.meeting.MeetingFixtures.meeting;
import static se.sip.meeting.MeetingFixtures.municipality;
import static se.sip.meeting.MeetingFixtures.municipalityMatching;
import static se.sip.meeting.MeetingFixtures.municipalityParty;
import static se.sip.meeting.MeetingFixtures.region;
import static se.sip.meeting.MeetingFixtures.regionParty;
import static se.sip.meeting.MeetingFixtures.shareWithRegion;
import static se.sip.meeting.MeetingFixtures.typesOf;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.meeting.plan.PlanProjection;
import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.ConsentEventFeed;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** Answers, moves and cancellations; and a withdrawn consent cancelling the future meetings once. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class MeetingChangesTest {

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @Test
    void aDeclineByAnInviteeWithAKallelseIsMarkedObligedAndFlagged() {
        String person = TestPersons.next();
        String id = book(knownPlan(plans, ref(person), "SIP"), person, "2026-12-10T09:00:00+01:00");
        shareWithRegion(ref(person), id);
        String regionInvitee = municipality().get("/api/v1/meetings/" + id).then().extract().path("invitees[1].id");

        region().body("{\"inviteeId\": \"" + regionInvitee + "\", \"answer\": \"DECLINED\"}")
                .post("/api/v1/meetings/" + id + "/responses")
                .then().statusCode(200)
                .body("responses[0].obligedToAttend", equalTo(true))
                .body("obligedInviteeDeclined", equalTo(true));
        municipality().body("{\"inviteeId\": \"" + UUID.randomUUID() + "\", \"answer\": \"ACCEPTED\"}")
                .post("/api/v1/meetings/" + id + "/responses").then().statusCode(422);
    }

    @Test
    void onlyTheInviteesOwnOrganisationAnswersAndTheOrganiserAnswersForTheIndividual() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "SIP");
        String id = municipality().body(meeting(planId, person, "SIP", "2026-12-10T09:00:00+01:00", individual(),
                municipalityParty(), regionParty())).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        shareWithRegion(ref(person), id);
        List<String> invitees = municipality().get("/api/v1/meetings/" + id).then().extract().path("invitees.id");

        municipality().body(accepted(invitees.get(2))).post("/api/v1/meetings/" + id + "/responses")
                .then().statusCode(403).body("type", equalTo("urn:sip:problem:forbidden"));
        region().body(accepted(invitees.get(1))).post("/api/v1/meetings/" + id + "/responses").then().statusCode(403);
        region().body(accepted(invitees.get(0))).post("/api/v1/meetings/" + id + "/responses").then().statusCode(403);

        region().body(accepted(invitees.get(2))).post("/api/v1/meetings/" + id + "/responses").then().statusCode(200);
        municipality().body(accepted(invitees.get(0))).post("/api/v1/meetings/" + id + "/responses")
                .then().statusCode(200).body("responses.inviteeId", equalTo(List.of(invitees.get(2), invitees.get(0))));
    }

    @Test
    void aMoveRaisesTheSequenceAndOnlyAScheduledMeetingChanges() {
        String person = TestPersons.next();
        String personRef = ref(person);
        String id = book(knownPlan(plans, personRef, "SIP"), person, "2026-12-10T09:00:00+01:00");

        String booked = etag(id);
        municipality().header("If-Match", booked).body("{\"startsAt\": \"2026-12-17T09:00:00+01:00\"}")
                .post("/api/v1/meetings/" + id + "/rescheduling")
                .then().statusCode(200).body("sequence", equalTo(1)).body("startsAt", equalTo("2026-12-17T08:00:00Z"));
        municipalityMatching(id).body("{\"reason\": \"The chair is ill.\"}").post("/api/v1/meetings/" + id + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        municipalityMatching(id).body("{\"startsAt\": \"2026-12-18T09:00:00+01:00\"}")
                .post("/api/v1/meetings/" + id + "/rescheduling")
                .then().statusCode(409);

        assertEquals(List.of(EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_RESCHEDULED, EventTypes.MEETING_CANCELLED),
                typesOf(await().atMost(ARRIVAL).until(() -> meetingEventsKeyed(personRef), l -> l.size() == 3)));
    }

    @Test
    void aMoveOrCancellationWithoutIfMatchIs428AndWithAStaleOneIs412AndChangesNothing() {
        String person = TestPersons.next();
        String id = book(knownPlan(plans, ref(person), "SIP"), person, "2026-12-10T09:00:00+01:00");
        String booked = etag(id);
        municipality().header("If-Match", booked).body("{\"startsAt\": \"2026-12-17T09:00:00+01:00\"}")
                .post("/api/v1/meetings/" + id + "/rescheduling").then().statusCode(200);

        municipality().body("{\"startsAt\": \"2026-12-18T09:00:00+01:00\"}")
                .post("/api/v1/meetings/" + id + "/rescheduling")
                .then().statusCode(428).body("type", equalTo("urn:sip:problem:precondition-required"));
        municipality().body("{\"reason\": \"The chair is ill.\"}").post("/api/v1/meetings/" + id + "/cancellation")
                .then().statusCode(428);
        municipality().header("If-Match", booked).body("{\"reason\": \"The chair is ill.\"}")
                .post("/api/v1/meetings/" + id + "/cancellation")
                .then().statusCode(412).body("type", equalTo("urn:sip:problem:precondition-failed"));

        municipality().get("/api/v1/meetings/" + id).then()
                .body("status", equalTo("SCHEDULED")).body("startsAt", equalTo("2026-12-17T08:00:00Z"))
                .header("ETag", not(equalTo(booked)));
    }

    @Test
    void aConsentWithdrawnTwiceCancelsEachFutureMeetingOnceAndLeavesAPastOne() {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID planId = knownPlan(plans, personRef, "SIP");
        String past = book(planId, person, OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).toString());
        String future = book(planId, person, OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).toString());
        String consentId = UUID.randomUUID().toString();

        String withdrawn = ConsentEventFeed.event(EventTypes.CONSENT_WITHDRAWN, personRef, consentId, "WITHDRAWN",
                List.of("CONVENE_MEETING", "SHARE_INFORMATION"), List.of(MUNICIPALITY, REGION), MUNICIPALITY);
        ConsentEventFeed.publish(personRef, withdrawn);
        ConsentEventFeed.publish(personRef, withdrawn);

        await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/meetings/" + future).then()
                .statusCode(200).body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("CONSENT_WITHDRAWN")));
        municipality().get("/api/v1/meetings/" + past).then().body("status", equalTo("SCHEDULED"));
        assertEquals(List.of(EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_CANCELLED),
                typesOf(await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(300)).during(Duration.ofSeconds(2))
                        .until(() -> meetingEventsKeyed(personRef), l -> l.size() == 3)));
    }

    private static String accepted(String inviteeId) {
        return "{\"inviteeId\": \"" + inviteeId + "\", \"answer\": \"ACCEPTED\"}";
    }

    private String ref(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }
}
