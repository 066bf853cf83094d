package se.sip.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MinutesEventData;
import se.sip.testinfra.EventFeed;

/** Minutes-approved events as meeting-service's outbox relay sends them to {@code sip.meeting.v1}. */
final class MinutesEventFeed {

    private MinutesEventFeed() {
    }

    /** A new se.sip.meeting.minutes-approved.v1 event (its own id) as JSON; publish it once or more. */
    static String approved(String personRef, String planId, UUID meetingId, int revision) {
        return EventFeed.event(EventTypes.MINUTES_APPROVED, personRef, meetingId, new MinutesEventData(personRef,
                meetingId, UUID.fromString(planId), "SIP", OffsetDateTime.parse("2027-01-05T10:00:00+01:00"),
                revision, "APPROVED", OffsetDateTime.parse("2027-01-06T09:00:00+01:00"),
                OffsetDateTime.parse("2027-01-12T15:05:00+01:00"),
                List.of(PlanFixtures.MUNICIPALITY, PlanFixtures.REGION), LocalDate.of(2027, 4, 5), null,
                PlanFixtures.MUNICIPALITY, null));
    }

    /** A new se.sip.meeting.minutes-submitted.v1 event: the minutes wait for the adjusters of {@code adjusterOrgIds}. */
    static String submitted(String personRef, String planId, UUID meetingId, List<String> adjusterOrgIds) {
        return EventFeed.event(EventTypes.MINUTES_SUBMITTED, personRef, meetingId, new MinutesEventData(personRef,
                meetingId, UUID.fromString(planId), "SIP", OffsetDateTime.parse("2027-01-05T10:00:00+01:00"), 1,
                "SUBMITTED", OffsetDateTime.parse("2027-01-06T09:00:00+01:00"), null, adjusterOrgIds, null, null,
                PlanFixtures.MUNICIPALITY, null));
    }

    static void publish(String personRef, String event) {
        EventFeed.publish(personRef, event);
    }
}
