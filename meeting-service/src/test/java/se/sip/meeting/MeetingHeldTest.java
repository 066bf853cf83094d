package se.sip.meeting;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sip.meeting.MeetingFixtures.ARRIVAL;
import static se.sip.meeting.MeetingFixtures.REGION;
import static se.sip.meeting.MeetingFixtures.body;
import static se.sip.meeting.MeetingFixtures.book;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.meetingEventsKeyed;
import static se.sip.meeting.MeetingFixtures.municipality;
import static se.sip.meeting.MeetingFixtures.region;
import static se.sip.meeting.MeetingFixtures.shareWithRegion;
import static se.sip.meeting.MeetingFixtures.typesOf;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

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

/** Recording that a meeting took place: by the organiser, once it has started, once; the held event. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class MeetingHeldTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @Test
    void theOrganiserRecordsAStartedMeetingAsHeldOnceAndTheEventNamesAttendeesAndTheNextFollowUp() throws Exception {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        UUID planId = knownPlan(plans, personRef, "SIP");
        OffsetDateTime nextStart = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30);
        String next = book(planId, person, nextStart.toString());
        String id = book(planId, person, OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).toString());
        shareWithRegion(personRef, id);
        List<String> invitees = municipality().get("/api/v1/meetings/" + id).then().extract().path("invitees.id");

        municipality().body(held(invitees)).post("/api/v1/meetings/" + next + "/held")
                .then().statusCode(422).body("detail", containsString("not started"));
        region().body(held(invitees)).post("/api/v1/meetings/" + id + "/held").then().statusCode(403);
        municipality().header("If-Match", "\"99\"").body(held(invitees)).post("/api/v1/meetings/" + id + "/held")
                .then().statusCode(412);
        municipality().body(held(List.of(UUID.randomUUID().toString()))).post("/api/v1/meetings/" + id + "/held")
                .then().statusCode(422).body("detail", containsString("attendees[0]"));

        municipality().body(held(List.of(invitees.get(1)))).post("/api/v1/meetings/" + id + "/held")
                .then().statusCode(200).body("status", equalTo("HELD")).body("attendees", equalTo(List.of(invitees.get(1))));
        municipality().body(held(invitees)).post("/api/v1/meetings/" + id + "/held").then().statusCode(409);

        List<ConsumerRecord<String, byte[]>> events = await().atMost(ARRIVAL)
                .until(() -> meetingEventsKeyed(personRef), l -> l.size() == 3);
        assertEquals(List.of(EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_HELD),
                typesOf(events));
        JsonNode data = JSON.readTree(body(events.get(2))).get("data");
        assertEquals(id, data.get("meetingId").asText());
        assertEquals(List.of(REGION), List.of(data.get("attendeeOrgIds").get(0).asText()));
        assertEquals(1, data.get("attendeeOrgIds").size());
        assertEquals(nextStart.atZoneSameInstant(ZoneId.of("Europe/Stockholm")).toLocalDate().toString(),
                data.get("nextFollowUpOn").asText());
    }

    private static String held(List<String> attendees) {
        return "{\"attendees\": [" + String.join(", ", attendees.stream().map(a -> "\"" + a + "\"").toList()) + "]}";
    }
}
