package se.sip.plan.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.sip.plan.plan.PlacementChange;
import se.sip.plan.plan.PlacementChangeType;
import se.sip.plan.plan.PlanDetails;
import se.sip.plan.plan.PlanKind;
import se.sip.plan.plan.PlanStatus;
import se.sip.plan.plan.RefusedBy;

/**
 * What the time rules read of a plan: its kind and status, and the days they count from.
 *
 * @param started when the plan was started
 * @param closed when the plan was closed, if it was
 * @param horizonMonths how many months the plan covers (seed 002)
 * @param care the LVM care, when the plan has a care episode
 * @param youth the youth assignment's order and what followed it
 */
record PlanFacts(PlanKind kind, PlanStatus status, Instant started, Instant closed, int horizonMonths, Care care,
        Youth youth) {

    /**
     * LVM care: the current care episode (the first, or the one a new admission after a discharge began) and every
     * discharge recorded.
     *
     * @param episode 1, then 2, 3, … after each new admission
     * @param began when the current episode began ({@code lvmStartedOn})
     * @param expectedDischarge the current episode's expected discharge, if known
     * @param discharges every DISCHARGED change, oldest first
     */
    record Care(int episode, LocalDate began, LocalDate expectedDischarge, List<Discharge> discharges) {

        /** The discharge that ended the current episode, once recorded. */
        Optional<Discharge> discharged() {
            return discharges.stream().filter(d -> d.episode() == episode).findFirst();
        }
    }

    /**
     * @param episode the care episode the discharge ended
     * @param on the day of the discharge (effectiveOn)
     * @param recordedOn the day it was recorded
     * @param readmittedOn the day of the new admission that followed it, if one did
     */
    record Discharge(int episode, LocalDate on, LocalDate recordedOn, LocalDate readmittedOn) {
    }

    /**
     * @param ordered the day of the order to the resource unit, once recorded
     * @param interventionTo the last day of the time-limited intervention, once an order is recorded
     * @param contacts the days the resource unit was contacted about the order, as recorded
     * @param implementationPlans the days implementation plans were received, as registered
     * @param guardianRefusals the days a guardian withdrew or stopped cooperating, as recorded
     * @param decisions the days of the social worker's decisions whether the intervention goes on
     */
    record Youth(LocalDate ordered, LocalDate interventionTo, List<LocalDate> contacts,
            List<LocalDate> implementationPlans, List<LocalDate> guardianRefusals, List<LocalDate> decisions) {
    }

    static PlanFacts of(PlanDetails plan) {
        Care care = plan.lvmStartedOn() == null ? null
                : new Care(1 + readmissions(plan.placementChanges()), plan.lvmStartedOn(), plan.expectedDischargeOn(),
                        discharges(plan.placementChanges()));
        Youth youth = new Youth(plan.youthOrder() == null ? null : plan.youthOrder().orderedOn(),
                plan.youthOrder() == null ? null : plan.youthOrder().interventionTo(),
                plan.youthOrderContacts().stream().map(c -> c.on()).toList(),
                plan.implementationPlans().stream().map(i -> i.receivedOn()).toList(),
                plan.youthRefusals().stream().filter(r -> r.refusedBy() == RefusedBy.GUARDIAN).map(r -> r.on())
                        .toList(),
                plan.continuationDecisions().stream().map(d -> d.on()).toList());
        return new PlanFacts(plan.kind(), plan.status(), plan.createdAt(), plan.closedAt(), plan.horizonMonths(), care,
                youth);
    }

    /** An ADMITTED change after a DISCHARGED one is a new admission (a new LVM decision): a new care episode. */
    private static int readmissions(List<PlacementChange> changes) {
        int readmissions = 0;
        for (int i = 1; i < changes.size(); i++) {
            if (changes.get(i).type() == PlacementChangeType.ADMITTED
                    && changes.get(i - 1).type() == PlacementChangeType.DISCHARGED) {
                readmissions++;
            }
        }
        return readmissions;
    }

    private static List<Discharge> discharges(List<PlacementChange> changes) {
        List<Discharge> discharges = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            PlacementChange c = changes.get(i);
            if (c.type() == PlacementChangeType.DISCHARGED) {
                PlacementChange next = i + 1 < changes.size() ? changes.get(i + 1) : null;
                discharges.add(new Discharge(discharges.size() + 1, c.effectiveOn(), Days.of(c.recordedAt()),
                        next == null ? null : next.effectiveOn()));
            }
        }
        return discharges;
    }
}
