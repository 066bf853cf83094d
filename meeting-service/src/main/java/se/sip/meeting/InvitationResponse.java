package se.sip.meeting;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An invitee's answer (svar på kallelse eller inbjudan). */
@Embeddable
public class InvitationResponse {

    @Column(name = "invitee_id")
    public UUID inviteeId;

    @Enumerated(EnumType.STRING)
    public Answer answer;

    @Column(name = "proposed_starts_at")
    public Instant proposedStartsAt;

    /** The invitee had a kallelse, so a decline is a refusal of a duty to attend. */
    @Column(name = "obliged_to_attend")
    public boolean obligedToAttend;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by_org")
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
