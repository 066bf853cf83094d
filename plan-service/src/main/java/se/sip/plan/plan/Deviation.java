package se.sip.plan.plan;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A deviation (avvikelse) from the plan, reported by one of its parties. */
@Embeddable
public record Deviation(
        @Column(name = "deviation_id") UUID id,
        String description,
        @Column(name = "reported_by_org") String reportedByOrgId,
        @Column(name = "action_id") UUID actionId,
        @Column(name = "reported_at") Instant reportedAt) {
}
