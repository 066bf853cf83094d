package se.sip.platform.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The data of the meeting events ({@code se.sip.meeting.scheduled.v1}, {@code .rescheduled.v1},
 * {@code .cancelled.v1}): when, how and who is called, by organisation and invitee id only, never a name, an e-mail
 * address or a phone number. {@code sequence} is the invitation's iCalendar SEQUENCE, rising with each move.
 */
public record MeetingEventData(
        String personRef,
        UUID meetingId,
        UUID planId,
        String type,
        String status,
        OffsetDateTime startsAt,
        int durationMinutes,
        String format,
        int sequence,
        List<String> inviteeOrgIds,
        List<UUID> inviteeIds) {
}
