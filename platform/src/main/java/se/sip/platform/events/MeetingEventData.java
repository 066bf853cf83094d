package se.sip.platform.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The data of the meeting events ({@code se.sip.meeting.scheduled.v1}, {@code .rescheduled.v1},
 * {@code .cancelled.v1}): when, how and who is called, by organisation and invitee id only, never a name, an e-mail
 * address or a phone number. {@code sequence} is the invitation's iCalendar SEQUENCE, rising with each move.
 * {@code inviteeKinds} gives each invitee's kind (INDIVIDUAL, PARTY, RELATIVE, OTHER), in the order of
 * {@code inviteeIds}, so the individual's own schedule shows only the meetings they are invited to. {@code location}
 * and {@code videoLink} say where the meeting is (a place or a link, never about the person); {@code chairOrgId} is
 * the chair's organisation, which an invitee's proposed new time reaches. Events published before these were added
 * lack them (null).
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
        List<UUID> inviteeIds,
        List<String> inviteeKinds,
        String location,
        String videoLink,
        String chairOrgId) {

    public static final String INDIVIDUAL = "INDIVIDUAL";

    /** Whether the individual is invited; false when the event does not say (published before it could). */
    public boolean individualInvited() {
        return inviteeKinds != null && inviteeKinds.contains(INDIVIDUAL);
    }
}
