package se.sip.meeting.meeting;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;

/** An adjuster's answer to one revision of the minutes: approved, or a comment on what to correct. */
@Embeddable
class MinutesApproval {

    public UUID adjusterId;

    public boolean approved;

    public String comment;

    public Instant answeredAt;

    public String answeredByOrg;

    protected MinutesApproval() {
    }

    public MinutesApproval(UUID adjusterId, boolean approved, String comment, Instant answeredAt,
            String answeredByOrg) {
        this.adjusterId = adjusterId;
        this.approved = approved;
        this.comment = comment;
        this.answeredAt = answeredAt;
        this.answeredByOrg = answeredByOrg;
    }
}
