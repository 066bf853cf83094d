package se.sip.plan.plan;

import java.time.LocalDate;
import java.util.List;

import se.sip.platform.problem.Problem.FieldError;
import se.sip.platform.problem.ProblemException;

/**
 * What may be recorded about a youth assignment's order once it is sent (seed 004): the resource unit's answer to the
 * contact about it, and the performer's implementation plans. Only a YOUTH_ASSIGNMENT with an order has one (422); a body that contradicts itself or the order's
 * dates is a 400 naming the field.
 */
final class YouthOrderRules {

    private YouthOrderRules() {
    }

    static void checkContact(Plan p, YouthOrderContact contact, LocalDate today) {
        if (contact.outcome() == ContactOutcome.WILL_NOT_EXECUTE
                && (contact.reasons() == null || contact.reasons().isBlank())) {
            throw invalid("reasons", "required when the outcome is WILL_NOT_EXECUTE: the unit's written reasons");
        }
        if (contact.on().isAfter(today)) {
            throw invalid("on", "must not be in the future");
        }
        YouthOrder order = requireOrder(p, "a contact");
        if (contact.on().isBefore(order.orderedOn())) {
            throw invalid("on", "must not be before the order (youthOrder.orderedOn " + order.orderedOn() + ")");
        }
    }

    static void checkImplementationPlan(Plan p, ImplementationPlan plan, LocalDate today) {
        if (plan.receivedOn().isAfter(today)) {
            throw invalid("receivedOn", "must not be in the future");
        }
        YouthOrder order = requireOrder(p, "an implementation plan");
        if (!p.hasParty(plan.performerOrgId())) {
            throw ProblemException.ruleViolation("The performer (performerOrgId " + plan.performerOrgId()
                    + ") must be one of the plan's parties.");
        }
        if (plan.receivedOn().isBefore(order.orderedOn())) {
            throw invalid("receivedOn", "must not be before the order (youthOrder.orderedOn " + order.orderedOn()
                    + ")");
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
