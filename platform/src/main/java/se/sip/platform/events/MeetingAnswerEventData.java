package se.sip.platform.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The data of {@code se.sip.meeting.answered.v1}: which invitee answered what, by id only. {@code obligedToAttend}
 * marks an invitee who had a kallelse (notice to attend), so that a decline can be followed up. {@code chairOrgId} is
 * the chair's organisation, which a PROPOSED_NEW_TIME ({@code proposedStartsAt}) reaches; null for a meeting booked
 * before the chair's organisation was recorded.
 */
public record MeetingAnswerEventData(
        String personRef,
        UUID meetingId,
        UUID planId,
        UUID inviteeId,
        String inviteeOrgId,
        String answer,
        OffsetDateTime proposedStartsAt,
        boolean obligedToAttend,
        String chairOrgId) {
}
