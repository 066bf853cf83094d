package se.sip.meeting.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.sip.platform.security.OrgType;

/**
 * A meeting to book, in the domain's terms: what {@link MeetingService#book} takes. The resource maps a
 * {@link MeetingRequest} to it once, after bean validation at the REST edge; the booking rules ({@link MeetingRules})
 * and the consent questions ({@link BookingConsent}) read it. Ids not given are {@code null}, assigned at booking.
 */
record MeetingBooking(
        UUID planId,
        String personId,
        MeetingType type,
        Instant startsAt,
        int durationMinutes,
        MeetingFormat format,
        String location,
        String videoLink,
        List<NewInvitee> invitees,
        String chair,
        String chairOrgId,
        String noteTaker,
        String noteTakerOrgId,
        List<NewAdjuster> adjusters) {

    /** {@code relation} only for a RELATIVE: how they are related to the individual (GUARDIAN: a guardian). */
    record NewInvitee(UUID id, InviteeKind kind, String orgId, OrgType orgType, String name, String email,
            String phone, String relation) {
    }

    record NewAdjuster(UUID id, String name, String orgId) {
    }
}
