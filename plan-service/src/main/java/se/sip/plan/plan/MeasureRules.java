package se.sip.plan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.sip.platform.problem.Problem.FieldError;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.OrgType;

/**
 * The rules of a plan's other measures and of a youth assignment's order. A principal's own measures are the plan's
 * actions, so an other measure names the person, a party that is not a principal, or an organisation outside the
 * plan by name. Broken rules are 422 problems saying why; contradicting dates a 400 naming the field.
 */
final class MeasureRules {

    private MeasureRules() {
    }

    /** Checks a plan to start, whose parties are those it names. */
    static void check(PlanStart r) {
        Map<String, OrgType> parties = r.parties().stream()
                .collect(Collectors.toMap(PlanParty::orgId, PlanParty::orgType, (a, b) -> a));
        List<String> broken = new ArrayList<>(otherMeasures(parties, r.otherMeasures()));
        if (r.youthOrder() != null) {
            broken.addAll(order(r.kind(), parties.keySet(), r.youthOrder(), "youthOrder."));
        }
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolation("The plan cannot be started: " + String.join("; ", broken) + ".");
        }
    }

    /** Checks a youth assignment's order against the plan's kind and parties; 400 or 422 naming what is wrong. */
    static void checkOrder(PlanKind kind, Set<String> partyIds, YouthOrder order) {
        List<String> broken = order(kind, partyIds, order, "");
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolation("The order cannot be recorded: " + String.join("; ", broken) + ".");
        }
    }

    /** Checks other measures against the plan's parties; 422 naming what is wrong. */
    static void checkOtherMeasures(Map<String, OrgType> parties, List<OtherMeasure> measures) {
        List<String> broken = otherMeasures(parties, measures);
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolation(String.join("; ", broken) + ".");
        }
    }

    /** The measures as the plan keeps them: a blank name is no name. */
    static List<OtherMeasure> kept(List<OtherMeasure> measures) {
        return measures.stream()
                .map(m -> new OtherMeasure(m.description(), m.responsibleOrgId(), blankToNull(m.responsibleName())))
                .toList();
    }

    /** {@code prefix} is where the order sits in the request body: a 400 names the field as the caller sent it. */
    private static List<String> order(PlanKind kind, Set<String> partyIds, YouthOrder order, String prefix) {
        if (order.interventionTo().isBefore(order.interventionFrom())) {
            throw ProblemException.invalid(List.of(new FieldError(prefix + "interventionTo",
                    "must not be before interventionFrom")));
        }
        if (kind != PlanKind.YOUTH_ASSIGNMENT) {
            return List.of("only a YOUTH_ASSIGNMENT has an order to the resource unit (youthOrder)");
        }
        if (!partyIds.contains(order.resourceUnitOrgId())) {
            return List.of("the order's resource unit (youthOrder.resourceUnitOrgId) must be one of the parties");
        }
        return List.of();
    }

    private static List<String> otherMeasures(Map<String, OrgType> parties, List<OtherMeasure> measures) {
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            OtherMeasure m = measures.get(i);
            OrgType type = parties.get(m.responsibleOrgId());
            if (type == OrgType.MUNICIPALITY || type == OrgType.REGION) {
                broken.add("otherMeasures[" + i + "] names a principal (" + m.responsibleOrgId() + "): a principal's"
                        + " own measures are the plan's actions");
            } else if (type == null && !PlanAction.INDIVIDUAL.equals(m.responsibleOrgId())
                    && blankToNull(m.responsibleName()) == null) {
                broken.add("otherMeasures[" + i + "] names an organisation that is not a party, so it needs"
                        + " responsibleName");
            }
        }
        return broken;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
