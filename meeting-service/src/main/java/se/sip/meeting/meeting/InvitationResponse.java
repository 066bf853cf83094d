package se.sip.meeting.meeting;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An invitee's answer (svar på kallelse eller inbjudan). */
@Embeddable
class InvitationResponse {

    /** Names the answer, so that the chair can accept a proposed new time when rescheduling. */
    public UUID id;

    public UUID inviteeId;

    @Enumerated(EnumType.STRING)
    public Answer answer;

    public Instant proposedStartsAt;

    /** The invitee had a kallelse, so a decline is a refusal of a duty to attend. */
    public boolean obligedToAttend;

    public Instant answeredAt;

    /** The organisation that gave the answer; null when the person themselves gave it ({@link #answeredByPerson}). */
    public String answeredByOrg;

    /** The person themselves (role individual) answered their own invitation: no organisation, and no number, kept. */
    public boolean answeredByPerson;

    /** When the meeting was moved to this PROPOSED_NEW_TIME (rescheduling accepting it); null until then. */
    public Instant acceptedAt;

    protected InvitationResponse() {
    }

    /** An answer given by {@code answeredByOrg}, or by the person themselves when it is null. */
    public InvitationResponse(Invitee invitee, Answer answer, Instant proposedStartsAt, Instant answeredAt,
            String answeredByOrg) {
        this.id = UUID.randomUUID();
        this.inviteeId = invitee.id;
        this.answer = answer;
        this.proposedStartsAt = proposedStartsAt;
        this.obligedToAttend = invitee.noticeKind == NoticeKind.KALLELSE;
        this.answeredAt = answeredAt;
        this.answeredByOrg = answeredByOrg;
        this.answeredByPerson = answeredByOrg == null;
    }
}
