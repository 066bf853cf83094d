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

    public String answeredByOrg;

    /** When the meeting was moved to this PROPOSED_NEW_TIME (rescheduling accepting it); null until then. */
    public Instant acceptedAt;

    protected InvitationResponse() {
    }

    public InvitationResponse(Invitee invitee, Answer answer, Instant proposedStartsAt, Instant answeredAt,
            String answeredByOrg) {
        this.id = UUID.randomUUID();
        this.inviteeId = invitee.id;
        this.answer = answer;
        this.proposedStartsAt = proposedStartsAt;
        this.obligedToAttend = invitee.noticeKind == NoticeKind.KALLELSE;
        this.answeredAt = answeredAt;
        this.answeredByOrg = answeredByOrg;
    }
}
