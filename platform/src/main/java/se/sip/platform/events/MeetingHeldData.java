package se.sip.platform.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The data of {@code se.sip.meeting.held.v1}: a meeting took place (recorded with its attendees, or its minutes were
 * submitted). What plan-service's milestones wait for. Attendees by organisation only, never by name.
 * {@code nextFollowUpOn} is the next follow-up the meeting booked (Europe/Stockholm date), null when it booked none.
 */
public record MeetingHeldData(
        String personRef,
        UUID meetingId,
        UUID planId,
        String type,
        OffsetDateTime startsAt,
        OffsetDateTime heldAt,
        List<String> attendeeOrgIds,
        LocalDate nextFollowUpOn) {
}
