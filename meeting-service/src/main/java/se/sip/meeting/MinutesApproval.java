package se.sip.meeting;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An adjuster's answer to one revision of the minutes: approved, or a comment on what to correct. */
@Embeddable
public class MinutesApproval {

    @Column(name = "adjuster_id")
    public UUID adjusterId;

    public boolean approved;

    public String comment;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by_org")
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
