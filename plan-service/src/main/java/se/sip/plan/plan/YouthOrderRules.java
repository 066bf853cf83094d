package se.sip.plan.plan;

import java.time.LocalDate;
import java.util.List;

import se.sip.platform.problem.Problem.FieldError;
import se.sip.platform.problem.ProblemException;

/**
 * What may be recorded about a youth assignment's order once it is sent (seed 004): the resource unit's answer to the
 * contact about it, the performer's implementation plans, an early ending asked for and the decision on it. Only a
 * YOUTH_ASSIGNMENT with an order has one (422); a body that contradicts itself or the order's dates is a 400 naming the
 * field; what the person's age does not allow is a 422.
 */
final class YouthOrderRules {

    private YouthOrderRules() {
    }

    static void checkContact(Plan p, YouthOrderContact contact, LocalDate today) {
        if (contact.outcome() == ContactOutcome.WILL_NOT_EXECUTE
                && (contact.reasons() == null || contact.reasons().isBlank())) {
            throw invalid("reasons", "required when the outcome is WILL_NOT_EXECUTE: the unit's written reasons");
        }
        checkDay("on", contact.on(), requireOrder(p, "a contact"), today);
    }

    static void checkImplementationPlan(Plan p, ImplementationPlan plan, LocalDate today) {
        YouthOrder order = requireOrder(p, "an implementation plan");
        if (!p.hasParty(plan.performerOrgId())) {
            throw ProblemException.ruleViolation("The performer (performerOrgId " + plan.performerOrgId()
                    + ") must be one of the plan's parties.");
        }
        checkDay("receivedOn", plan.receivedOn(), order, today);
    }

    static void checkRefusal(Plan p, YouthRefusal refusal, LocalDate today) {
        YouthOrder order = requireOrder(p, "a refusal");
        checkDay("on", refusal.on(), order, today);
        if (refusal.refusedBy() == RefusedBy.YOUTH
                && ChildRules.ageOn(p.personId, refusal.on()) < ChildRules.OWN_STANDING) {
            throw ProblemException.ruleViolation("A child under 15 does not refuse the intervention alone: the"
                    + " guardians decide (seed 004 lets a youth over 15 refuse, the support to the parents going on)."
                    + " A guardian's refusal is recorded as GUARDIAN.");
        }
    }

    static void checkDecision(Plan p, ContinuationDecision decision, LocalDate today) {
        YouthOrder order = requireOrder(p, "a continuation decision");
        checkDay("on", decision.on(), order, today);
        boolean refused = p.youthRefusals.stream().anyMatch(r -> r.refusedBy() == RefusedBy.GUARDIAN
                && !r.on().isAfter(decision.on()));
        if (!refused) {
            throw ProblemException.ruleViolation("No guardian has withdrawn or stopped cooperating by " + decision.on()
                    + ", so there is nothing to decide: record the guardian's refusal first (POST"
                    + " /api/v1/plans/{id}/youth-order/refusals, refusedBy GUARDIAN).");
        }
        if (decision.continues() && ChildRules.ageOn(p.personId, decision.on()) < ChildRules.OWN_STANDING) {
            throw ProblemException.ruleViolation("For a child under 15 the intervention does not go on without the"
                    + " guardians' consent (seed 004 allows it only for a child over 15): record continues false.");
        }
    }

    private static void checkDay(String field, LocalDate day, YouthOrder order, LocalDate today) {
        if (day.isAfter(today)) {
            throw invalid(field, "must not be in the future");
        }
        if (day.isBefore(order.orderedOn())) {
            throw invalid(field, "must not be before the order (youthOrder.orderedOn " + order.orderedOn() + ")");
        }
    }

    private static YouthOrder requireOrder(Plan p, String what) {
        if (p.kind != PlanKind.YOUTH_ASSIGNMENT) {
            throw ProblemException.ruleViolation("Only a YOUTH_ASSIGNMENT has an order to the resource unit to record "
                    + what + " for; this is a " + p.kind + " plan.");
        }
        if (p.youthOrder == null) {
            throw ProblemException.ruleViolation("The plan has no order to the resource unit yet to record " + what
                    + " for: record the order first (PUT /api/v1/plans/{id}/youth-order).");
        }
        return p.youthOrder;
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalid(List.of(new FieldError(field, message)));
    }
}
