package se.sip.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MeetingEventData;
import se.sip.platform.events.MeetingHeldData;
import se.sip.platform.events.MinutesEventData;
import se.sip.platform.events.Topics;
import se.sip.testinfra.EventFeed;

/**
 * Meeting events as meeting-service's outbox relay sends them to {@code sip.meeting.v1}, built from the platform's
 * own data records. Held and minutes events come from meeting-service only on a parallel branch, so tests publish
 * them here.
 */
final class MeetingEventFeed {

    private MeetingEventFeed() {
    }

    /** A booking of the municipality and the region, with the individual unless it is an officials' meeting. */
    static String booked(String type, String personRef, UUID planId, UUID meetingId, String meetingType,
            OffsetDateTime startsAt, int sequence) {
        return booked(type, personRef, planId, meetingId, meetingType, startsAt, sequence,
                !"OFFICIALS".equals(meetingType));
    }

    static String booked(String type, String personRef, UUID planId, UUID meetingId, String meetingType,
            OffsetDateTime startsAt, int sequence, boolean individualInvited) {
        String status = EventTypes.MEETING_CANCELLED.equals(type) ? "CANCELLED" : "SCHEDULED";
        return event(type, personRef, planId, new MeetingEventData(personRef, meetingId, planId, meetingType, status,
                startsAt, 90, "PHYSICAL", sequence, List.of(PlanFixtures.MUNICIPALITY, PlanFixtures.REGION), List.of(),
                individualInvited ? List.of("INDIVIDUAL", "PARTY", "PARTY") : List.of("PARTY", "PARTY"),
                "Stadshuset, rum 3", null, PlanFixtures.MUNICIPALITY));
    }

    static String held(String personRef, UUID planId, UUID meetingId, String meetingType, OffsetDateTime startsAt,
            OffsetDateTime heldAt, LocalDate nextFollowUpOn) {
        return event(EventTypes.MEETING_HELD, personRef, planId, new MeetingHeldData(personRef, meetingId, planId,
                meetingType, startsAt, heldAt, List.of(PlanFixtures.MUNICIPALITY, PlanFixtures.REGION), nextFollowUpOn));
    }

    static String minutes(String type, String personRef, UUID planId, UUID meetingId, OffsetDateTime startsAt,
            int revision, OffsetDateTime submittedAt, OffsetDateTime approvedAt) {
        String status = approvedAt == null ? "SUBMITTED" : "APPROVED";
        return event(type, personRef, planId, new MinutesEventData(personRef, meetingId, planId, "SIP", startsAt,
                revision, status, submittedAt, approvedAt, List.of(PlanFixtures.MUNICIPALITY, PlanFixtures.REGION),
                null, null, PlanFixtures.MUNICIPALITY, null));
    }

    static void publish(String personRef, String event) {
        EventFeed.publish(Topics.MEETING, personRef, event);
    }

    private static String event(String type, String personRef, UUID planId, Object data) {
        return EventFeed.event(type, personRef, planId, data);
    }
}
