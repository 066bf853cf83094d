package se.sip.plan.version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import se.sip.plan.plan.ActionStatus;
import se.sip.plan.plan.ClosureReason;
import se.sip.plan.plan.Intervention;
import se.sip.plan.plan.LifeArea;
import se.sip.plan.plan.PlacementChangeType;
import se.sip.plan.plan.PlanDetails;
import se.sip.plan.plan.PlanKind;
import se.sip.plan.plan.PlanStatus;
import se.sip.plan.plan.RepresentativeRole;
import se.sip.platform.security.OrgType;

/**
 * A plan as an agreed version keeps it, stored as JSON in {@code plan_agreed_version.snapshot}: a type of its own, so
 * that the plan's API view can change without breaking the rows already stored. Its shape is the one the plan view
 * had when agreed versions were introduced, parts added since included; a part the plan did not have yet when a row
 * was stored (otherMeasures, youthOrder, leadChanges, childView, childSpokesperson) is null, as absent as it was.
 * Another shape is another {@code schemaVersion}, and the rows of every version stay readable:
 * <ul>
 * <li>1 (and rows without the number, stored before the shape had one): the person also by {@code personId}, the
 * personal identity number, which is ignored when read;</li>
 * <li>2: the person by {@code personRef} only. Whoever reads a version may read the plan, which holds the number, so
 * the number is taken from the plan when a version is shown or printed ({@link AgreedPlan#personId()}). V19 rewrote
 * the rows stored before as version 2.</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties({ "personId" })
public record PlanSnapshot(
        int schemaVersion,
        UUID id,
        String personRef,
        PlanKind kind,
        PlanStatus status,
        Lead lead,
        List<Party> parties,
        CareEpisode careEpisode,
        int horizonMonths,
        Representative representative,
        String individualGoal,
        String professionalGoal,
        String needs,
        String currentInterventions,
        ChildOpinion childView,
        ChildSpokesperson childSpokesperson,
        List<OtherMeasure> otherMeasures,
        YouthOrder youthOrder,
        UUID consentId,
        Created created,
        Closure closure,
        List<Area> lifeAreas,
        List<Action> actions,
        List<Placement> placementChanges,
        List<Deviation> deviations,
        List<LeadChange> leadChanges,
        int version) {

    /** The shape written now. */
    static final int SCHEMA_VERSION = 2;

    public PlanSnapshot {
        // Rows stored before the shape had a number hold version 1.
        if (schemaVersion == 0) {
            schemaVersion = 1;
        }
    }

    public record Lead(String orgId, String name) {
    }

    public record Party(String orgId, OrgType orgType, String name, String contact) {
    }

    public record CareEpisode(LocalDate lvmStartedOn, String institution, LocalDate expectedDischargeOn) {
    }

    public record Representative(RepresentativeRole role, String name) {
    }

    public record ChildOpinion(String text, String by, LocalDate on) {
    }

    public record ChildSpokesperson(String name, String role) {
    }

    public record OtherMeasure(String description, String responsibleOrgId, String responsibleName) {
    }

    public record YouthOrder(String resourceUnitOrgId, LocalDate orderedOn, LocalDate interventionFrom,
            LocalDate interventionTo) {
    }

    public record Created(String org, String sub, Instant at) {
    }

    public record Closure(ClosureReason reason, String note, String org, Instant at) {
    }

    /** One life area: its current situation and goals. */
    public record Area(LifeArea area, String currentSituation, List<Goal> goals) {
    }

    public record Goal(UUID id, String text, LocalDate targetDate) {
    }

    public record Action(UUID id, LifeArea lifeArea, Intervention intervention, String interventionText,
            String description, String responsibleOrgId, UUID goalId, LocalDate startOn, LocalDate dueOn,
            ActionStatus status, Boolean achieved) {
    }

    public record Placement(PlacementChangeType type, LocalDate effectiveOn, String note, String recordedByOrg,
            Instant recordedAt) {
    }

    public record Deviation(UUID id, String description, String reportedByOrgId, UUID actionId,
            Instant reportedAt) {
    }

    public record LeadChange(Lead from, Lead to, String changedByOrg, Instant changedAt) {
    }

    /** The other measures; none for a row stored before plans had them. */
    public List<OtherMeasure> otherMeasuresOrNone() {
        return otherMeasures == null ? List.of() : otherMeasures;
    }

    /** The plan as it now stands, in the shape written now: without the personal identity number. */
    public static PlanSnapshot of(PlanDetails p) {
        return new PlanSnapshot(SCHEMA_VERSION, p.id(), p.personRef(), p.kind(), p.status(),
                new Lead(p.leadOrgId(), p.leadName()),
                p.parties().stream().map(x -> new Party(x.orgId(), x.orgType(), x.name(), x.contact())).toList(),
                p.lvmStartedOn() == null ? null
                        : new CareEpisode(p.lvmStartedOn(), p.institution(), p.expectedDischargeOn()),
                p.horizonMonths(),
                p.representativeRole() == null ? null
                        : new Representative(p.representativeRole(), p.representativeName()),
                p.individualGoal(), p.professionalGoal(), p.needs(), p.currentInterventions(),
                p.childView() == null ? null
                        : new ChildOpinion(p.childView().text(), p.childView().by(), p.childView().on()),
                p.childSpokesperson() == null ? null
                        : new ChildSpokesperson(p.childSpokesperson().name(), p.childSpokesperson().role()),
                p.otherMeasures().stream()
                        .map(m -> new OtherMeasure(m.description(), m.responsibleOrgId(), m.responsibleName())).toList(),
                p.youthOrder() == null ? null : new YouthOrder(p.youthOrder().resourceUnitOrgId(),
                        p.youthOrder().orderedOn(), p.youthOrder().interventionFrom(), p.youthOrder().interventionTo()),
                p.consentId(),
                new Created(p.createdByOrg(), p.createdBySub(), p.createdAt()),
                p.closedAt() == null ? null
                        : new Closure(p.closureReason(), p.closureNote(), p.closedByOrg(), p.closedAt()),
                Arrays.stream(LifeArea.values()).map(a -> new Area(a, p.situations().get(a), p.goalsIn(a).stream()
                        .map(g -> new Goal(g.id(), g.text(), g.targetDate())).toList())).toList(),
                p.actions().stream().map(a -> new Action(a.id(), a.lifeArea(), a.intervention(), a.interventionText(),
                        a.description(), a.responsibleOrgId(), a.goalId(), a.startOn(), a.dueOn(), a.status(),
                        a.achieved())).toList(),
                p.placementChanges().stream().map(c -> new Placement(c.type(), c.effectiveOn(), c.note(),
                        c.recordedByOrg(), c.recordedAt())).toList(),
                p.deviations().stream().map(d -> new Deviation(d.id(), d.description(), d.reportedByOrgId(),
                        d.actionId(), d.reportedAt())).toList(),
                p.leadChanges().stream().map(c -> new LeadChange(new Lead(c.fromOrgId(), c.fromName()),
                        new Lead(c.toOrgId(), c.toName()), c.changedByOrg(), c.changedAt())).toList(),
                p.version());
    }
}
