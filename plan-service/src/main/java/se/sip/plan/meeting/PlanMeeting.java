package se.sip.plan.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A meeting of a plan as meeting-service's events describe it. Fields an event has not told yet are null (a held
 * event may come before the booking). Types and statuses are meeting-service's names, kept as strings: a type it adds
 * later must not break this projection.
 *
 * @param bookedAt when the meeting was first booked (the time of its scheduled event)
 * @param nextFollowUpOn the next follow-up the meeting booked, as its held or minutes event said
 * @param individualInvited whether the individual is invited; null when the events did not say
 * @param inviteeOrgIds the organisations invited
 */
public record PlanMeeting(
        UUID meetingId,
        UUID planId,
        String type,
        String status,
        Instant startsAt,
        Integer durationMinutes,
        String format,
        Integer sequence,
        Instant bookedAt,
        Instant heldAt,
        LocalDate nextFollowUpOn,
        Integer minutesRevision,
        Instant minutesSubmittedAt,
        Instant minutesApprovedAt,
        String location,
        String videoLink,
        Boolean individualInvited,
        List<String> inviteeOrgIds) {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String HELD = "HELD";
    public static final String CANCELLED = "CANCELLED";

    static PlanMeeting of(MeetingRow m) {
        return new PlanMeeting(m.meetingId, m.planId, m.type, m.status, m.startsAt, m.durationMinutes, m.format,
                m.sequence, m.bookedAt, m.heldAt, m.nextFollowUpOn, m.minutesRevision, m.minutesSubmittedAt,
                m.minutesApprovedAt, m.location, m.videoLink, m.individualInvited, List.copyOf(m.inviteeOrgIds));
    }

    public boolean isHeld() {
        return HELD.equals(status);
    }
}
