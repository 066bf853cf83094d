package se.sip.meeting.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.sip.platform.security.OrgType;

/**
 * A meeting as the services answer with it: what it is now, whom it calls and their answers, its latest minutes and
 * what it still waits for. Made inside the service, so that the entity and its collections stay in this package; the
 * resources map it to their views. {@code latestMinutes} is null until minutes are submitted.
 */
public record MeetingSnapshot(
        UUID id,
        UUID planId,
        String personId,
        MeetingType type,
        MeetingStatus status,
        Instant startsAt,
        int durationMinutes,
        MeetingFormat format,
        String location,
        String videoLink,
        List<InviteeSnapshot> invitees,
        String chair,
        String chairOrg,
        String noteTaker,
        String noteTakerOrg,
        List<AdjusterSnapshot> adjusters,
        String organiserOrg,
        List<ResponseSnapshot> responses,
        boolean obligedInviteeDeclined,
        Instant heldAt,
        List<UUID> attendees,
        String cancelReason,
        MinutesSnapshot latestMinutes,
        MeetingOutlook outlook,
        String invitationUid,
        int sequence,
        int version) {

    static MeetingSnapshot of(Meeting m, MeetingOutlook outlook) {
        return new MeetingSnapshot(m.id, m.planId, m.personId, m.type, m.status, m.startsAt, m.durationMinutes,
                m.format, m.location, m.videoLink, m.invitees.stream().map(InviteeSnapshot::of).toList(), m.chair,
                m.chairOrg, m.noteTaker, m.noteTakerOrg, m.adjusters.stream().map(AdjusterSnapshot::of).toList(),
                m.organiserOrg, m.responses.stream().map(ResponseSnapshot::of).toList(), m.obligedInviteeDeclined(),
                m.heldAt, List.copyOf(m.attendees), m.cancelReason,
                m.currentMinutes().map(MinutesSnapshot::of).orElse(null), outlook, m.invitationUid(), m.sequence,
                m.version);
    }

    /** An invitee; {@code relation} only for a RELATIVE (GUARDIAN: a guardian), else null. */
    public record InviteeSnapshot(UUID id, InviteeKind kind, String orgId, OrgType orgType, String name,
            String email, String phone, String relation, NoticeKind noticeKind) {

        static InviteeSnapshot of(Invitee i) {
            return new InviteeSnapshot(i.id, i.kind, i.orgId, i.orgType, i.name, i.email, i.phone, i.relation,
                    i.noticeKind);
        }
    }

    public record AdjusterSnapshot(UUID id, String name, String orgId) {

        static AdjusterSnapshot of(Adjuster a) {
            return new AdjusterSnapshot(a.id, a.name, a.orgId);
        }
    }

    /**
     * An invitee's answer; {@code proposedStartsAt} only with PROPOSED_NEW_TIME, {@code acceptedAt} once a move
     * accepted that time; {@code byThePerson} when the person themselves gave it, not an organisation for them.
     */
    public record ResponseSnapshot(UUID id, UUID inviteeId, Answer answer, Instant proposedStartsAt,
            boolean obligedToAttend, Instant answeredAt, Instant acceptedAt, boolean byThePerson) {

        static ResponseSnapshot of(InvitationResponse r) {
            return new ResponseSnapshot(r.id, r.inviteeId, r.answer, r.proposedStartsAt, r.obligedToAttend,
                    r.answeredAt, r.acceptedAt, r.answeredByPerson);
        }
    }
}
