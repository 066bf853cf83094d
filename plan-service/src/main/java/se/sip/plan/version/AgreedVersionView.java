package se.sip.plan.version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.plan.plan.ActionView;
import se.sip.plan.plan.DeviationView;
import se.sip.plan.plan.PlanRequest;
import se.sip.plan.plan.PlanView;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AgreedVersion", description = "An agreed version (fastställd version): the plan as it stood when"
        + " the minutes were approved, never changed afterwards")
record AgreedVersionView(int version, Instant agreedAt, UUID meetingId, int minutesRevision, LocalDate nextFollowUpOn,
        @Schema(description = "The plan at that moment, as GET plan then answered") PlanView plan) {

    static AgreedVersionView of(AgreedPlan v) {
        return new AgreedVersionView(v.number(), v.agreedAt(), v.meetingId(), v.minutesRevision(), v.nextFollowUpOn(),
                plan(v.plan(), v.personId()));
    }

    /** This version as the person themselves is shown it: the plan as {@link PlanView#forThePerson()}. */
    AgreedVersionView forThePerson() {
        return new AgreedVersionView(version, agreedAt, meetingId, minutesRevision, nextFollowUpOn,
                plan.forThePerson());
    }

    /** A line of the list of a plan's agreed versions. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AgreedVersionSummary", description = "One agreed version (fastställd version) of a plan")
    record Summary(
            @Schema(description = "1, 2, … in the order agreed", example = "2") int version,
            @Schema(description = "When the minutes that agreed it were approved (justerade)") Instant agreedAt,
            @Schema(description = "The meeting whose minutes agreed it") UUID meetingId,
            @Schema(description = "Which revision of those minutes was approved", example = "1") int minutesRevision,
            @Schema(description = "The next follow-up the minutes booked, when they named one") LocalDate nextFollowUpOn) {

        static Summary of(AgreedVersion v) {
            return new Summary(v.number, v.agreedAt, v.meetingId, v.minutesRevision, v.nextFollowUpOn);
        }
    }

    /**
     * The stored plan as the plan view shows it, exactly as GET plan answered when the version was agreed: a part the
     * snapshot does not hold stays absent. {@code personId} is the plan's, read now: the snapshot does not hold it.
     */
    static PlanView plan(PlanSnapshot s, String personId) {
        return new PlanView(s.id(), personId, s.personRef(), s.kind(), s.status(), lead(s.lead()),
                map(s.parties(), p -> new PlanRequest.PartyDto(p.orgId(), p.orgType(), p.name(), p.contact())),
                s.careEpisode() == null ? null : new PlanRequest.CareEpisode(s.careEpisode().lvmStartedOn(),
                        s.careEpisode().institution(), s.careEpisode().expectedDischargeOn()),
                s.horizonMonths(),
                s.representative() == null ? null
                        : new PlanRequest.Representative(s.representative().role(), s.representative().name()),
                s.individualGoal(), s.professionalGoal(), s.needs(), s.currentInterventions(),
                s.childView() == null ? null : new PlanRequest.ChildViewDto(s.childView().text(), s.childView().by(),
                        s.childView().on()),
                s.childSpokesperson() == null ? null : new PlanRequest.ChildSpokespersonDto(
                        s.childSpokesperson().name(), s.childSpokesperson().role()),
                map(s.otherMeasures(), m -> new PlanRequest.OtherMeasureDto(m.description(), m.responsibleOrgId(),
                        m.responsibleName())),
                s.youthOrder() == null ? null : new PlanRequest.YouthOrderDto(s.youthOrder().resourceUnitOrgId(),
                        s.youthOrder().orderedOn(), s.youthOrder().interventionFrom(), s.youthOrder().interventionTo()),
                null, null, null, null,
                s.consentId(),
                null,
                new PlanView.Created(s.created().org(), s.created().sub(), s.created().at()),
                s.closure() == null ? null : new PlanView.Closure(s.closure().reason(), s.closure().note(),
                        s.closure().org(), s.closure().at()),
                map(s.lifeAreas(), a -> new PlanView.LifeAreaView(a.area(), a.currentSituation(),
                        map(a.goals(), g -> new PlanView.Goal(g.id(), g.text(), g.targetDate())))),
                map(s.actions(), a -> new ActionView(a.id(), a.lifeArea(), a.intervention(), a.interventionText(),
                        a.description(), a.responsibleOrgId(), a.goalId(), a.startOn(), a.dueOn(), a.status(),
                        a.achieved())),
                map(s.placementChanges(), c -> new PlanView.Placement(c.type(), c.effectiveOn(), c.note(),
                        c.recordedByOrg(), c.recordedAt())),
                map(s.deviations(), d -> new DeviationView(d.id(), d.description(), d.reportedByOrgId(), d.actionId(),
                        d.reportedAt())),
                map(s.leadChanges(), c -> new PlanView.LeadChangeView(lead(c.from()), lead(c.to()), c.changedByOrg(),
                        c.changedAt())),
                s.version());
    }

    private static PlanRequest.Lead lead(PlanSnapshot.Lead lead) {
        return new PlanRequest.Lead(lead.orgId(), lead.name());
    }

    private static <T, R> List<R> map(List<T> items, Function<T, R> mapper) {
        return items == null ? null : items.stream().map(mapper).toList();
    }
}
