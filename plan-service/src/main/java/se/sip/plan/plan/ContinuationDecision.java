package se.sip.plan.plan;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The social worker's judgement after a guardian's refusal (seed 004: "bedöma om insats kan ske till barnet (om denne
 * är över 15 år) utan föräldrarnas samtycke").
 *
 * @param on the day of the decision
 * @param decidedBy who decided (name, role)
 * @param continues whether the intervention goes on without the parents' consent
 */
@Embeddable
public record ContinuationDecision(
        @Column(name = "decided_on") LocalDate on,
        @Column(name = "decided_by") String decidedBy,
        boolean continues,
        String reasons,
        @Column(name = "recorded_by_org") String recordedByOrg,
        @Column(name = "recorded_at") Instant recordedAt) {
}
