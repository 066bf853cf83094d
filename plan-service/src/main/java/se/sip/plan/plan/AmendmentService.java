package se.sip.plan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.problem.Problem.FieldError;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;

/**
 * Amends a plan's own fields after it started (seeds 000, 001, 003: needs and goals are revised at every follow-up).
 * If-Match is required, as for every edit of the shared plan; a patch that leaves the plan as it was changes nothing
 * and announces nothing.
 */
@ApplicationScoped
public class AmendmentService {

    private final PlanLocks locks;
    private final PlanChanges changes;
    private final Clock clock;

    AmendmentService(PlanLocks locks, PlanChanges changes, Clock clock) {
        this.locks = locks;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    PlanDetails amend(Caller caller, UUID planId, PlanAmendment a, String ifMatch) {
        Plan p = locks.forChange(caller, planId);
        Versions.requirePresentMatch(ifMatch, p.version);
        p.requireActive();
        if (a.has(PlanChanges.EXPECTED_DISCHARGE_ON)) {
            checkDischarge(p, a);
        }
        ChildRules.check(p.personId, a.has(PlanChanges.CHILD_VIEW) ? a.childView() : null,
                a.has(PlanChanges.CHILD_SPOKESPERSON) ? a.childSpokesperson() : null, LocalDate.now(clock));
        List<String> changed = new ArrayList<>();
        set(a, PlanChanges.NEEDS, p.needs, a.needs(), v -> p.needs = v, changed);
        set(a, PlanChanges.INDIVIDUAL_GOAL, p.individualGoal, a.individualGoal(), v -> p.individualGoal = v, changed);
        set(a, PlanChanges.PROFESSIONAL_GOAL, p.professionalGoal, a.professionalGoal(), v -> p.professionalGoal = v,
                changed);
        set(a, PlanChanges.REPRESENTATIVE, representative(p), a.representative(), v -> {
            p.representativeRole = v == null ? null : v.role();
            p.representativeName = v == null ? null : v.name();
        }, changed);
        set(a, PlanChanges.HORIZON_MONTHS, p.horizonMonths, a.horizonMonths(), v -> p.horizonMonths = v, changed);
        set(a, PlanChanges.EXPECTED_DISCHARGE_ON, p.expectedDischargeOn, a.expectedDischargeOn(),
                v -> p.expectedDischargeOn = v, changed);
        set(a, PlanChanges.CURRENT_INTERVENTIONS, p.currentInterventions, a.currentInterventions(),
                v -> p.currentInterventions = v, changed);
        set(a, PlanChanges.CHILD_VIEW, p.childView, a.childView(), v -> p.childView = v, changed);
        set(a, PlanChanges.CHILD_SPOKESPERSON, p.childSpokesperson, a.childSpokesperson(),
                v -> p.childSpokesperson = v, changed);
        return changes.commit(p, changed);
    }

    private static void checkDischarge(Plan p, PlanAmendment a) {
        if (p.lvmStartedOn == null) {
            throw ProblemException.ruleViolation("The plan has no LVM care episode, so it has no expected discharge.");
        }
        if (a.expectedDischargeOn() != null && a.expectedDischargeOn().isBefore(p.lvmStartedOn)) {
            throw ProblemException.invalid(List.of(new FieldError("careEpisode.expectedDischargeOn",
                    "must not be before lvmStartedOn")));
        }
    }

    private static PlanStart.Representative representative(Plan p) {
        return p.representativeRole == null ? null : new PlanStart.Representative(p.representativeRole,
                p.representativeName);
    }

    private static <T> void set(PlanAmendment a, String part, T current, T next, Consumer<T> apply,
            List<String> changed) {
        if (a.has(part) && !Objects.equals(current, next)) {
            apply.accept(next);
            changed.add(part);
        }
    }
}
