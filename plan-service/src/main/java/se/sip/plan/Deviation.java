package se.sip.plan;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A deviation (avvikelse) from the plan, reported by one of its parties. */
@Embeddable
public class Deviation {

    @Column(name = "deviation_id")
    public UUID id;

    public String description;

    @Column(name = "reported_by_org")
    public String reportedByOrgId;

    @Column(name = "action_id")
    public UUID actionId;

    @Column(name = "reported_at")
    public Instant reportedAt;

    protected Deviation() {
    }

    public Deviation(UUID id, String description, String reportedByOrgId, UUID actionId, Instant reportedAt) {
        this.id = id;
        this.description = description;
        this.reportedByOrgId = reportedByOrgId;
        this.actionId = actionId;
        this.reportedAt = reportedAt;
    }
}
