package se.sip.plan.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan to start, in the domain's terms: what {@link PlanService#start} takes. The resource maps a
 * {@link PlanRequest} to it once, after bean validation at the REST edge; the rules that span fields
 * ({@link PlanRules}, {@link MeasureRules}) read it. Absent parts are {@code null}; absent other measures an empty
 * list.
 */
record PlanStart(
        String personId,
        PlanKind kind,
        Lead lead,
        List<PlanParty> parties,
        CareEpisode careEpisode,
        int horizonMonths,
        Representative representative,
        String individualGoal,
        String professionalGoal,
        String needs,
        String currentInterventions,
        List<OtherMeasure> otherMeasures,
        YouthOrder youthOrder,
        ChildOpinion childView,
        ChildSpokesperson childSpokesperson) {

    record Lead(String orgId, String name) {
    }

    record CareEpisode(LocalDate lvmStartedOn, String institution, LocalDate expectedDischargeOn) {
    }

    record Representative(RepresentativeRole role, String name) {
    }
}
