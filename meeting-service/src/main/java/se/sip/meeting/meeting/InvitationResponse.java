package se.sip.meeting.meeting;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An invitee's answer (svar på kallelse eller inbjudan). */
@Embeddable
class InvitationResponse {

    public UUID inviteeId;

    @Enumerated(EnumType.STRING)
    public Answer answer;

    public Instant proposedStartsAt;

    /** The invitee had a kallelse, so a decline is a refusal of a duty to attend. */
    public boolean obligedToAttend;

    public Instant answeredAt;

    public String answeredByOrg;

    protected InvitationResponse() {
    }

    public InvitationResponse(Invitee invitee, Answer answer, Instant proposedStartsAt, Instant answeredAt,
            String answeredByOrg) {
        this.inviteeId = invitee.id;
        this.answer = answer;
        this.proposedStartsAt = proposedStartsAt;
        this.obligedToAttend = invitee.noticeKind == NoticeKind.KALLELSE;
        this.answeredAt = answeredAt;
        this.answeredByOrg = answeredByOrg;
    }
}
