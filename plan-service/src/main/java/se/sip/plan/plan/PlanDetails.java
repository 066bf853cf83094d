package se.sip.plan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One plan as everything outside this package reads it: the entity's fields, copied in the transaction that read the
 * plan, so the entity itself never leaves its feature. The collections are immutable copies; {@code version} is the
 * one the transaction commits, the plan's ETag.
 */
public record PlanDetails(
        UUID id,
        String personId,
        String personRef,
        PlanKind kind,
        PlanStatus status,
        String leadOrgId,
        String leadName,
        List<PlanParty> parties,
        Map<LifeArea, String> situations,
        List<PlanGoal> goals,
        List<PlanAction> actions,
        List<PlacementChange> placementChanges,
        List<Deviation> deviations,
        List<LeadChange> leadChanges,
        List<OtherMeasure> otherMeasures,
        YouthOrder youthOrder,
        List<YouthOrderContact> youthOrderContacts,
        List<ImplementationPlan> implementationPlans,
        List<YouthRefusal> youthRefusals,
        List<ContinuationDecision> continuationDecisions,
        ChildOpinion childView,
        ChildSpokesperson childSpokesperson,
        LocalDate lvmStartedOn,
        String institution,
        LocalDate expectedDischargeOn,
        int horizonMonths,
        RepresentativeRole representativeRole,
        String representativeName,
        String individualGoal,
        String professionalGoal,
        String needs,
        String currentInterventions,
        UUID consentId,
        String createdByOrg,
        String createdBySub,
        Instant createdAt,
        Instant closedAt,
        ClosureReason closureReason,
        String closureNote,
        String closedByOrg,
        int version) {

    static PlanDetails of(Plan p) {
        Map<LifeArea, String> situations = new EnumMap<>(LifeArea.class);
        situations.putAll(p.situations);
        return new PlanDetails(p.id, p.personId, p.personRef, p.kind, p.status, p.leadOrgId, p.leadName,
                List.copyOf(p.parties), Collections.unmodifiableMap(situations), List.copyOf(p.goals),
                List.copyOf(p.actions), List.copyOf(p.placementChanges), List.copyOf(p.deviations),
                List.copyOf(p.leadChanges), List.copyOf(p.otherMeasures), p.youthOrder,
                List.copyOf(p.youthOrderContacts), List.copyOf(p.implementationPlans), List.copyOf(p.youthRefusals),
                List.copyOf(p.continuationDecisions), p.childView, p.childSpokesperson, p.lvmStartedOn, p.institution,
                p.expectedDischargeOn, p.horizonMonths, p.representativeRole, p.representativeName, p.individualGoal,
                p.professionalGoal, p.needs, p.currentInterventions, p.consentId, p.createdByOrg, p.createdBySub,
                p.createdAt, p.closedAt, p.closureReason, p.closureNote, p.closedByOrg, p.version);
    }

    public List<String> partyOrgIds() {
        return parties.stream().map(PlanParty::orgId).toList();
    }

    /** The goals of one life area, in the plan's order. */
    public List<PlanGoal> goalsIn(LifeArea area) {
        return goals.stream().filter(g -> g.area() == area).toList();
    }
}
