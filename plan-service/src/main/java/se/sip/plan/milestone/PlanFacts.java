package se.sip.plan.milestone;

import java.time.Instant;
import java.time.LocalDate;

import se.sip.plan.plan.PlacementChangeType;
import se.sip.plan.plan.PlanDetails;
import se.sip.plan.plan.PlanKind;
import se.sip.plan.plan.PlanStatus;

/**
 * What the time rules read of a plan: its kind and status, and the days they count from.
 *
 * @param careBegan when the LVM care began (LVM_AFTERCARE)
 * @param discharged the day of the discharge, once a DISCHARGED placement change is recorded
 * @param ordered the day of the youth assignment's order to the resource unit, once recorded
 * @param started when the plan was started
 * @param closed when the plan was closed, if it was
 */
record PlanFacts(PlanKind kind, PlanStatus status, LocalDate careBegan, LocalDate discharged, LocalDate ordered,
        Instant started, Instant closed) {

    static PlanFacts of(PlanDetails plan) {
        LocalDate discharged = plan.placementChanges().stream()
                .filter(c -> c.type() == PlacementChangeType.DISCHARGED).map(c -> c.effectiveOn()).findFirst()
                .orElse(null);
        return new PlanFacts(plan.kind(), plan.status(), plan.lvmStartedOn(), discharged,
                plan.youthOrder() == null ? null : plan.youthOrder().orderedOn(), plan.createdAt(), plan.closedAt());
    }
}
