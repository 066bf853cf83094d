package se.sip.meeting;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.meeting.MeetingFixtures.ARRIVAL;
import static se.sip.meeting.MeetingFixtures.MUNICIPALITY;
import static se.sip.meeting.MeetingFixtures.REGION;
import static se.sip.meeting.MeetingFixtures.book;
import static se.sip.meeting.MeetingFixtures.dataOf;
import static se.sip.meeting.MeetingFixtures.etag;
import static se.sip.meeting.MeetingFixtures.inviteeIds;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.meetingEventsKeyed;
import static se.sip.meeting.MeetingFixtures.meetingEventsOfType;
import static se.sip.meeting.MeetingFixtures.municipality;
import static se.sip.meeting.MeetingFixtures.municipalityMatching;
import static se.sip.meeting.MeetingFixtures.region;
import static se.sip.meeting.MeetingFixtures.shareWithRegion;
import static se.sip.meeting.MeetingFixtures.typesOf;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * An invitee proposes a new time; the proposal reaches the chair's organisation on the bus (answered, chairOrgId);
 * the chair's organisation moves the meeting accepting it, and the move is published and sent as any move is.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class MeetingProposedTimeTest {

    private static final String BOOKED = "2026-12-10T09:00:00+01:00";
    private static final String PROPOSED = "2026-12-11T13:00:00+01:00";
    private static final String PROPOSED_UTC = "2026-12-11T12:00:00Z";

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @Test
    void anInviteeProposesANewTimeAndTheChairsOrganisationMovesTheMeetingAcceptingIt() {
        String person = TestPersons.next();
        String personRef = ref(person);
        String id = book(knownPlan(plans, personRef, "SIP"), person, BOOKED);
        shareWithRegion(personRef, id);
        String regionInvitee = inviteeIds(id).get(1);

        String responseId = region().body(proposal(regionInvitee, PROPOSED))
                .post("/api/v1/meetings/" + id + "/responses")
                .then().statusCode(200)
                .body("chairOrgId", equalTo(MUNICIPALITY))
                .body("responses[0].answer", equalTo("PROPOSED_NEW_TIME"))
                .body("responses[0].proposedStartsAt", equalTo(PROPOSED_UTC))
                .body("responses[0].accepted", equalTo(false))
                .body("responses[0].acceptedAt", nullValue())
                .extract().path("responses[0].id");

        // The proposal reaches the chair's organisation through the answered event.
        JsonNode answered = dataOf(await().atMost(ARRIVAL)
                .until(() -> meetingEventsOfType(personRef, EventTypes.MEETING_ANSWERED), l -> l.size() == 1).get(0));
        assertEquals(MUNICIPALITY, answered.get("chairOrgId").asText());
        assertEquals(Instant.parse(PROPOSED_UTC), Instant.parse(answered.get("proposedStartsAt").asText()));
        assertEquals("PROPOSED_NEW_TIME", answered.get("answer").asText());
        assertEquals(regionInvitee, answered.get("inviteeId").asText());
        assertEquals(REGION, answered.get("inviteeOrgId").asText());

        municipalityMatching(id).body(accepting(PROPOSED, responseId))
                .post("/api/v1/meetings/" + id + "/rescheduling")
                .then().statusCode(200)
                .body("startsAt", equalTo(PROPOSED_UTC))
                .body("sequence", equalTo(1))
                .body("responses[0].id", equalTo(responseId))
                .body("responses[0].accepted", equalTo(true))
                .body("responses[0].acceptedAt", notNullValue());
        municipality().get("/api/v1/meetings/" + id).then().statusCode(200)
                .body("responses[0].accepted", equalTo(true));

        List<ConsumerRecord<String, byte[]>> events = await().atMost(ARRIVAL)
                .until(() -> meetingEventsKeyed(personRef), l -> l.size() == 3);
        assertEquals(List.of(EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_ANSWERED,
                EventTypes.MEETING_RESCHEDULED), typesOf(events));
        JsonNode moved = dataOf(events.get(2));
        assertEquals(Instant.parse(PROPOSED_UTC), Instant.parse(moved.get("startsAt").asText()));
        assertEquals(1, moved.get("sequence").asInt());
        assertEquals(MUNICIPALITY, moved.get("chairOrgId").asText());

        // A new iCalendar REQUEST, the same UID, SEQUENCE one more, at the accepted time.
        String ics = municipality().get("/api/v1/meetings/" + id + "/invitation.ics").then().statusCode(200)
                .extract().asString();
        assertTrue(ics.contains("METHOD:REQUEST"), ics);
        assertTrue(ics.contains("UID:" + id + "@sip"), ics);
        assertTrue(ics.contains("SEQUENCE:1\r\n"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/Stockholm:20261211T130000"), ics);
    }

    @Test
    void onlyAProposedTimeOfThisMeetingIsAcceptedAtTheTimeItProposedAndOnce() {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID planId = knownPlan(plans, personRef, "SIP");
        String id = book(planId, person, BOOKED);
        String other = book(planId, person, BOOKED);
        List<String> invitees = inviteeIds(id);
        String accepted = municipality().body("{\"inviteeId\": \"" + invitees.get(0) + "\", \"answer\": \"ACCEPTED\"}")
                .post("/api/v1/meetings/" + id + "/responses").then().statusCode(200)
                .extract().path("responses[0].id");
        String proposed = municipality().body(proposal(invitees.get(0), PROPOSED))
                .post("/api/v1/meetings/" + id + "/responses").then().statusCode(200)
                .extract().path("responses[1].id");
        String elsewhere = municipality().body(proposal(inviteeIds(other).get(0), PROPOSED))
                .post("/api/v1/meetings/" + other + "/responses").then().statusCode(200)
                .extract().path("responses[0].id");

        municipalityMatching(id).body(accepting(PROPOSED, UUID.randomUUID().toString()))
                .post("/api/v1/meetings/" + id + "/rescheduling")
                .then().statusCode(404).body("type", equalTo("urn:sip:problem:not-found"));
        municipalityMatching(id).body(accepting(PROPOSED, elsewhere))
                .post("/api/v1/meetings/" + id + "/rescheduling").then().statusCode(404);
        municipalityMatching(id).body(accepting(PROPOSED, accepted))
                .post("/api/v1/meetings/" + id + "/rescheduling")
                .then().statusCode(422).body("detail", containsString("PROPOSED_NEW_TIME"));
        municipalityMatching(id).body(accepting("2026-12-11T14:00:00+01:00", proposed))
                .post("/api/v1/meetings/" + id + "/rescheduling")
                .then().statusCode(422).body("detail", containsString("the time the accepted answer proposed"));
        municipality().get("/api/v1/meetings/" + id).then()
                .body("sequence", equalTo(0)).body("startsAt", equalTo("2026-12-10T08:00:00Z"))
                .body("responses[1].accepted", equalTo(false));

        String before = etag(id);
        municipality().header("If-Match", before).body(accepting(PROPOSED, proposed))
                .post("/api/v1/meetings/" + id + "/rescheduling").then().statusCode(200).body("sequence", equalTo(1));
        municipalityMatching(id).body(accepting(PROPOSED, proposed))
                .post("/api/v1/meetings/" + id + "/rescheduling")
                .then().statusCode(409).body("detail", containsString("already accepted"));
        municipality().body(accepting(PROPOSED, proposed)).post("/api/v1/meetings/" + id + "/rescheduling")
                .then().statusCode(428);

        assertEquals(1, await().atMost(ARRIVAL).until(
                () -> meetingEventsOfType(personRef, EventTypes.MEETING_RESCHEDULED), l -> !l.isEmpty()).size());
        assertFalse(meetingEventsKeyed(personRef).stream().anyMatch(e -> MeetingFixtures.body(e).contains("Tolvan")));
    }

    private static String proposal(String inviteeId, String startsAt) {
        return "{\"inviteeId\": \"" + inviteeId + "\", \"answer\": \"PROPOSED_NEW_TIME\", \"proposedStartsAt\": \""
                + startsAt + "\"}";
    }

    private static String accepting(String startsAt, String responseId) {
        return "{\"startsAt\": \"" + startsAt + "\", \"acceptsResponseId\": \"" + responseId + "\"}";
    }

    private String ref(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }
}
