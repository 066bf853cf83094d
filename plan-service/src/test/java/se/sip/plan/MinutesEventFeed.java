package se.sip.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.Topics;
import se.sip.testinfra.EventFeed;

/** Minutes-approved events as meeting-service's outbox relay sends them to {@code sip.meeting.v1}. */
final class MinutesEventFeed {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MinutesEventFeed() {
    }

    /** A new se.sip.meeting.minutes-approved.v1 event (its own id) as JSON; publish it once or more. */
    static String approved(String personRef, String planId, UUID meetingId, int revision) {
        ObjectNode data = JSON.createObjectNode()
                .put("personRef", personRef)
                .put("meetingId", meetingId.toString())
                .put("planId", planId)
                .put("meetingType", "SIP_MEETING")
                .put("meetingStartsAt", "2027-01-05T10:00:00+01:00")
                .put("revision", revision)
                .put("status", "APPROVED")
                .put("submittedAt", "2027-01-06T09:00:00+01:00")
                .put("approvedAt", "2027-01-12T15:05:00+01:00")
                .put("nextFollowUpOn", "2027-04-05");
        data.putPOJO("adjusterOrgIds", List.of(PlanFixtures.MUNICIPALITY, PlanFixtures.REGION));
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", CloudEvent.SPEC_VERSION)
                .put("id", UUID.randomUUID().toString())
                .put("source", "/sip/meeting-service")
                .put("type", EventTypes.MINUTES_APPROVED)
                .put("subject", meetingId.toString())
                .put("time", OffsetDateTime.now().toString())
                .put("datacontenttype", "application/json")
                .put("personref", personRef);
        event.set("data", data);
        return event.toString();
    }

    static void publish(String personRef, String event) {
        EventFeed.publish(Topics.MEETING, personRef, event);
    }
}
