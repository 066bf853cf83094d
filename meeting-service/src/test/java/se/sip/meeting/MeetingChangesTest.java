package se.sip.meeting;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sip.meeting.MeetingFixtures.ARRIVAL;
import static se.sip.meeting.MeetingFixtures.MUNICIPALITY;
import static se.sip.meeting.MeetingFixtures.PARTIES;
import static se.sip.meeting.MeetingFixtures.REGION;
import static se.sip.meeting.MeetingFixtures.body;
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
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.ConsentEventFeed;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * Answers, moves and cancellations; and a plan closed because its consent ended (plan-service's judgement) cancelling
 * its future meetings once, while a consent event alone cancels nothing.
 */
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
    void aWithdrawnConsentEventAloneCancelsNothing() {
        String person = TestPersons.next();
        String personRef = ref(person);
        String id = book(knownPlan(plans, personRef, "SIP"), person, future(10));
        String consentId = UUID.randomUUID().toString();
        ConsentEventFeed.publish(personRef, ConsentEventFeed.event(EventTypes.CONSENT_GRANTED, personRef, consentId,
                "ACTIVE", List.of("CONVENE_MEETING", "SHARE_INFORMATION"), List.of(MUNICIPALITY, REGION), MUNICIPALITY));
        await().atMost(ARRIVAL).untilAsserted(() -> region().get("/api/v1/meetings/" + id).then().statusCode(200));

        ConsentEventFeed.publish(personRef, ConsentEventFeed.event(EventTypes.CONSENT_WITHDRAWN, personRef, consentId,
                "WITHDRAWN", List.of("CONVENE_MEETING", "SHARE_INFORMATION"), List.of(MUNICIPALITY, REGION),
                MUNICIPALITY));

        // The region no longer sees the meeting: the withdrawal reached the consent projection, in the transaction
        // that would have cancelled the meeting had meeting-service still judged coverage itself.
        await().atMost(ARRIVAL).untilAsserted(() -> region().get("/api/v1/meetings/" + id).then().statusCode(404));
        municipality().get("/api/v1/meetings/" + id).then().statusCode(200)
                .body("status", equalTo("SCHEDULED")).body("cancelReason", nullValue());
        onlyScheduledEvents(personRef, 1);
    }

    @Test
    void aPlanClosedForAWithdrawnConsentCancelsItsFutureMeetingsAndLeavesAPastOne() {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID planId = knownPlan(plans, personRef, "SIP");
        String past = book(planId, person, OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).toString());
        String next = book(planId, person, future(10));

        PlanEventFeed.publish(personRef, PlanEventFeed.closed(personRef, planId, "SIP", MUNICIPALITY, PARTIES,
                "CONSENT_WITHDRAWN"));

        await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/meetings/" + next).then()
                .statusCode(200).body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("CONSENT_WITHDRAWN")));
        municipality().get("/api/v1/meetings/" + past).then().body("status", equalTo("SCHEDULED"));
        List<ConsumerRecord<String, byte[]>> events = await().atMost(ARRIVAL)
                .until(() -> meetingEventsKeyed(personRef), l -> l.size() == 3);
        assertEquals(List.of(EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_CANCELLED),
                typesOf(events));
        assertEquals(next, subjectOf(events.get(2)));
    }

    @Test
    void aPlanClosedForAnExpiredConsentCancelsItsFutureMeetingsOnceEvenRedeliveredAndNotAnotherPlans() {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID expired = knownPlan(plans, personRef, "SIP");
        UUID other = knownPlan(plans, personRef, "SIP");
        String first = book(expired, person, future(10));
        String second = book(expired, person, future(20));
        String otherPlans = book(other, person, future(15));

        String closed = PlanEventFeed.closed(personRef, expired, "SIP", MUNICIPALITY, PARTIES, "CONSENT_EXPIRED");
        PlanEventFeed.publish(personRef, closed);
        PlanEventFeed.publish(personRef, closed);
        // A marker on the same key arrives after the redelivery: once it is projected, the redelivery was handled.
        knownPlan(plans, personRef, "SIP");

        for (String id : List.of(first, second)) {
            municipality().get("/api/v1/meetings/" + id).then().statusCode(200)
                    .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("CONSENT_EXPIRED"));
        }
        municipality().get("/api/v1/meetings/" + otherPlans).then().statusCode(200)
                .body("status", equalTo("SCHEDULED"));
        // Three scheduled and two cancelled events, and no more for two seconds: nothing twice, nothing for the other.
        List<ConsumerRecord<String, byte[]>> events = await().atMost(ARRIVAL).during(Duration.ofSeconds(2))
                .until(() -> meetingEventsKeyed(personRef), l -> l.size() == 5);
        List<String> cancelled = events.stream()
                .filter(e -> typesOf(List.of(e)).equals(List.of(EventTypes.MEETING_CANCELLED)))
                .map(MeetingChangesTest::subjectOf).toList();
        assertEquals(List.of(first, second), cancelled, "each future meeting of the closed plan cancelled once");
    }

    @Test
    void aPlanClosedForAnotherReasonCancelsNothing() {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID planId = knownPlan(plans, personRef, "SIP");
        String id = book(planId, person, future(10));

        PlanEventFeed.publish(personRef, PlanEventFeed.closed(personRef, planId, "SIP", MUNICIPALITY, PARTIES,
                "GOALS_MET"));

        // The projection's CLOSED and any cancellation are written in one transaction: once it shows, both are done.
        await().atMost(ARRIVAL).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> plans.find(planId).orElseThrow().status()).equals("CLOSED"));
        municipality().get("/api/v1/meetings/" + id).then().statusCode(200).body("status", equalTo("SCHEDULED"));
        onlyScheduledEvents(personRef, 1);
    }

    /** The person's meeting events are {@code scheduled} scheduled events and stay so for two seconds. */
    private static void onlyScheduledEvents(String personRef, int scheduled) {
        await().atMost(ARRIVAL).during(Duration.ofSeconds(2)).until(() -> typesOf(meetingEventsKeyed(personRef)),
                types -> types.equals(Collections.nCopies(scheduled, EventTypes.MEETING_SCHEDULED)));
    }

    private static String future(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(days).withNano(0).toString();
    }

    private static String subjectOf(ConsumerRecord<String, byte[]> event) {
        String b = body(event);
        int at = b.indexOf("\"subject\":\"") + 11;
        return b.substring(at, b.indexOf('"', at));
    }

    private static String accepted(String inviteeId) {
        return "{\"inviteeId\": \"" + inviteeId + "\", \"answer\": \"ACCEPTED\"}";
    }

    private String ref(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }
}
