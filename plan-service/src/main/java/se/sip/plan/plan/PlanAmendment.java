package se.sip.plan.plan;

import java.time.LocalDate;
import java.util.Set;

/**
 * A merge patch of a plan's own fields, in the domain's terms: what {@link AmendmentService#amend} takes. Only the
 * parts {@code given} (named as {@link PlanChanges} names them) change; a part given with a null value is removed.
 */
record PlanAmendment(
        Set<String> given,
        String needs,
        String individualGoal,
        String professionalGoal,
        PlanStart.Representative representative,
        Integer horizonMonths,
        LocalDate expectedDischargeOn,
        String currentInterventions,
        ChildOpinion childView,
        ChildSpokesperson childSpokesperson) {

    boolean has(String part) {
        return given.contains(part);
    }
}
