package se.sip.plan.plan;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Writes a change of a plan's content and announces it ({@code se.sip.plan.changed.v1}: which parts, never their
 * values) when it raised the plan's version; a change that left the plan as it was announces nothing.
 */
@ApplicationScoped
class PlanChanges {

    /** The names the changed event gives the plan's parts. */
    static final String NEEDS = "needs";
    static final String INDIVIDUAL_GOAL = "individualGoal";
    static final String PROFESSIONAL_GOAL = "professionalGoal";
    static final String REPRESENTATIVE = "representative";
    static final String HORIZON_MONTHS = "horizonMonths";
    static final String EXPECTED_DISCHARGE_ON = "careEpisode.expectedDischargeOn";
    static final String CURRENT_INTERVENTIONS = "currentInterventions";
    static final String LIFE_AREAS = "lifeAreas";
    static final String ACTIONS = "actions";
    static final String OTHER_MEASURES = "otherMeasures";
    static final String YOUTH_ORDER = "youthOrder";
    static final String YOUTH_ORDER_CONTACTS = "youthOrderContacts";
    static final String IMPLEMENTATION_PLANS = "implementationPlans";
    static final String PARTY_CONTACT = "parties.contact";
    static final String YOUTH_REFUSALS = "youthRefusals";
    static final String CONTINUATION_DECISIONS = "continuationDecisions";
    static final String CHILD_VIEW = "childView";
    static final String CHILD_SPOKESPERSON = "childSpokesperson";

    private final PlanRepository plans;
    private final PlanEvents events;

    PlanChanges(PlanRepository plans, PlanEvents events) {
        this.plans = plans;
        this.events = events;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    PlanDetails commit(Plan p, List<String> parts) {
        int before = p.version;
        PlanDetails changed = plans.changed(p);
        if (changed.version() != before && !parts.isEmpty()) {
            events.changed(p, parts);
        }
        return changed;
    }
}
