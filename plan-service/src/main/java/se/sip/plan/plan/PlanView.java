package se.sip.plan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.platform.consent.ConsentTerms;

@Schema(name = "Plan", description = "A coordinated plan (samordnad plan)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanView(
        UUID id,
        @Schema(description = "The person's personal identity number; absent for the person themselves, who knows it")
        String personId,
        @Schema(description = "Pseudonymous person reference, as carried by events; absent for the person themselves")
        String personRef,
        PlanKind kind,
        PlanStatus status,
        PlanRequest.Lead lead,
        List<PlanRequest.PartyDto> parties,
        PlanRequest.CareEpisode careEpisode,
        int horizonMonths,
        PlanRequest.Representative representative,
        @Schema(description = "The individual's own overall goal, in their words (den enskildes eget mål): it comes first")
        String individualGoal,
        @Schema(description = "The professionals' goal (professionens mål), kept beside the individual's own where it"
                + " differs, and marked as the professionals'; absent when none is recorded") String professionalGoal,
        String needs,
        @Schema(description = "Earlier and current interventions, and how they work (tidigare och pågående insatser –"
                + " hur fungerar de?)") String currentInterventions,
        PlanRequest.ChildViewDto childView,
        PlanRequest.ChildSpokespersonDto childSpokesperson,
        @Schema(description = "Measures others than the two principals take (and the person's own)")
        List<PlanRequest.OtherMeasureDto> otherMeasures,
        PlanRequest.YouthOrderDto youthOrder,
        @Schema(description = "YOUTH_ASSIGNMENT: the contacts with the resource unit about the order and its answers,"
                + " oldest first") List<OrderContact> youthOrderContacts,
        @Schema(description = "YOUTH_ASSIGNMENT: the implementation plans (genomförandeplaner) registered, oldest first")
        List<ImplementationPlanView> implementationPlans,
        @Schema(description = "YOUTH_ASSIGNMENT: early endings asked for (the youth refuses, a guardian withdraws or"
                + " does not cooperate), oldest first") List<RefusalView> youthRefusals,
        @Schema(description = "YOUTH_ASSIGNMENT: the social worker's decisions whether the intervention goes on"
                + " without the parents' consent, oldest first") List<ContinuationDecisionView> continuationDecisions,
        @Schema(deprecated = true, description = "The id of the consent the plan rests on; use `consent.id`, which"
                + " comes with the consent's terms") UUID consentId,
        @Schema(description = "The consent (samtycke) the plan rests on, with its last valid day and restrictions"
                + " (what it must not cover), read from consent-service when the plan is read; only on the read of one"
                + " plan") ConsentTerms consent,
        Created created,
        Closure closure,
        @Schema(description = "All nine life areas, in order; an area not yet described has no situation and no goals")
        List<LifeAreaView> lifeAreas,
        @Schema(description = "Actions (åtgärder), in the order added") List<ActionView> actions,
        @Schema(description = "LVM aftercare: the placement history, oldest first") List<Placement> placementChanges,
        @Schema(description = "Deviations (avvikelser), oldest first") List<DeviationView> deviations,
        @Schema(description = "Changes of lead (byte av huvudansvarig), oldest first") List<LeadChangeView> leadChanges,
        int version) {

    @Schema(name = "YouthOrderContact", description = "Kontakt med resursenheten om beställningen (seed 004)")
    public record OrderContact(
            @Schema(description = "The day of the contact") LocalDate on,
            @Schema(description = "Who made the contact") String by,
            ContactOutcome outcome,
            @Schema(description = "WILL_NOT_EXECUTE: the resource unit's written reasons") String reasons,
            String recordedByOrg, Instant recordedAt) {
    }

    @Schema(name = "YouthRefusal", description = "Avbrott i förtid som begärts (seed 004)")
    public record RefusalView(
            @Schema(description = "The day it was made known") LocalDate on,
            RefusedBy refusedBy,
            @Schema(description = "What was said, and by whom") String note,
            String recordedByOrg, Instant recordedAt) {
    }

    @Schema(name = "ContinuationDecision", description = "Socialsekreterarens bedömning om insatsen kan fortgå utan"
            + " föräldrarnas samtycke (seed 004)")
    public record ContinuationDecisionView(
            @Schema(description = "The day of the decision") LocalDate on,
            @Schema(description = "Who decided") String decidedBy,
            @Schema(description = "Whether the intervention goes on without the parents' consent") boolean continues,
            String reasons, String recordedByOrg, Instant recordedAt) {
    }

    @Schema(name = "ImplementationPlan", description = "Genomförandeplan från utföraren (seed 004)")
    public record ImplementationPlanView(
            @Schema(description = "The performer, a party") String performerOrgId,
            @Schema(description = "The day the copy was received") LocalDate receivedOn,
            @Schema(description = "Where the document is kept") String documentRef,
            String recordedByOrg, Instant recordedAt) {
    }

    @Schema(name = "LeadChange", description = "Byte av huvudansvarig")
    public record LeadChangeView(PlanRequest.Lead from, PlanRequest.Lead to,
            @Schema(description = "The organisation that made the change") String changedByOrg, Instant changedAt) {
    }

    @Schema(name = "PlacementChange", description = "Placeringsändring")
    public record Placement(PlacementChangeType type, LocalDate effectiveOn, String note, String recordedByOrg,
            Instant recordedAt) {
    }

    @Schema(name = "PlanLifeArea", description = "Livsområde: nuläge och mål")
    public record LifeAreaView(LifeArea area, String currentSituation, List<Goal> goals) {
    }

    /** A goal as the plan shows it, and as a life area's description gives it (LifeAreaRequest). */
    @Schema(name = "Goal", description = "A goal (mål)")
    public record Goal(
            @Schema(description = "Kept when given (actions point to it); assigned when absent") UUID id,
            @NotBlank @Size(max = 2000) String text,
            @Schema(description = "When the goal should be reached") LocalDate targetDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Created(String org,
            @Schema(description = "The staff member who started it; absent for the person themselves, who is shown"
                    + " organisations, never staff members' user ids") String sub,
            Instant at) {
    }

    @Schema(name = "Closure", description = "Avslut")
    public record Closure(ClosureReason reason, String note,
            @Schema(description = "The organisation that closed it; absent when the system did (consent withdrawn)") String org,
            Instant at) {
    }

    public static PlanView of(PlanDetails p) {
        return new PlanView(p.id(), p.personId(), p.personRef(), p.kind(), p.status(),
                new PlanRequest.Lead(p.leadOrgId(), p.leadName()),
                p.parties().stream().map(x -> new PlanRequest.PartyDto(x.orgId(), x.orgType(), x.name(), x.contact()))
                        .toList(),
                p.lvmStartedOn() == null ? null
                        : new PlanRequest.CareEpisode(p.lvmStartedOn(), p.institution(), p.expectedDischargeOn()),
                p.horizonMonths(),
                p.representativeRole() == null ? null
                        : new PlanRequest.Representative(p.representativeRole(), p.representativeName()),
                p.individualGoal(), p.professionalGoal(), p.needs(), p.currentInterventions(),
                PlanRequest.ChildViewDto.of(p.childView()),
                PlanRequest.ChildSpokespersonDto.of(p.childSpokesperson()),
                p.otherMeasures().stream().map(m -> new PlanRequest.OtherMeasureDto(m.description(),
                        m.responsibleOrgId(), m.responsibleName())).toList(),
                p.youthOrder() == null ? null : new PlanRequest.YouthOrderDto(p.youthOrder().resourceUnitOrgId(),
                        p.youthOrder().orderedOn(), p.youthOrder().interventionFrom(), p.youthOrder().interventionTo()),
                p.kind() != PlanKind.YOUTH_ASSIGNMENT ? null : p.youthOrderContacts().stream()
                        .map(c -> new OrderContact(c.on(), c.by(), c.outcome(), c.reasons(), c.recordedByOrg(),
                                c.recordedAt())).toList(),
                p.kind() != PlanKind.YOUTH_ASSIGNMENT ? null : p.implementationPlans().stream()
                        .map(i -> new ImplementationPlanView(i.performerOrgId(), i.receivedOn(), i.documentRef(),
                                i.recordedByOrg(), i.recordedAt())).toList(),
                p.kind() != PlanKind.YOUTH_ASSIGNMENT ? null : p.youthRefusals().stream()
                        .map(r -> new RefusalView(r.on(), r.refusedBy(), r.note(), r.recordedByOrg(), r.recordedAt()))
                        .toList(),
                p.kind() != PlanKind.YOUTH_ASSIGNMENT ? null : p.continuationDecisions().stream()
                        .map(d -> new ContinuationDecisionView(d.on(), d.decidedBy(), d.continues(), d.reasons(),
                                d.recordedByOrg(), d.recordedAt())).toList(),
                p.consentId(),
                null,
                new Created(p.createdByOrg(), p.createdBySub(), p.createdAt()),
                p.closedAt() == null ? null
                        : new Closure(p.closureReason(), p.closureNote(), p.closedByOrg(), p.closedAt()),
                Arrays.stream(LifeArea.values()).map(a -> lifeArea(p, a)).toList(),
                p.actions().stream().map(ActionView::of).toList(),
                p.placementChanges().stream().map(c -> new Placement(c.type(), c.effectiveOn(), c.note(),
                        c.recordedByOrg(), c.recordedAt())).toList(),
                p.deviations().stream().map(DeviationView::of).toList(),
                p.leadChanges().stream().map(c -> new LeadChangeView(new PlanRequest.Lead(c.fromOrgId(), c.fromName()),
                        new PlanRequest.Lead(c.toOrgId(), c.toName()), c.changedByOrg(), c.changedAt())).toList(),
                p.version());
    }

    /** The answer to a call that recorded something with the plan: 201, the plan, its new version as ETag. */
    public static jakarta.ws.rs.core.Response created(PlanDetails plan) {
        return jakarta.ws.rs.core.Response.status(jakarta.ws.rs.core.Response.Status.CREATED)
                .tag(se.sip.platform.rest.Versions.etag(plan.version())).entity(of(plan)).build();
    }

    /** This view with the terms of the consent the plan rests on, as read at this moment. */
    public PlanView withConsent(ConsentTerms terms) {
        return new PlanView(id, personId, personRef, kind, status, lead, parties, careEpisode, horizonMonths,
                representative, individualGoal, professionalGoal, needs, currentInterventions, childView,
                childSpokesperson, otherMeasures, youthOrder, youthOrderContacts, implementationPlans, youthRefusals,
                continuationDecisions, consentId, terms, created, closure, lifeAreas, actions, placementChanges,
                deviations, leadChanges, version);
    }

    /**
     * This view as the person themselves (role individual) is shown it: everything but their own number, which they
     * know and an answer had better not carry, and its pseudonym; who started the plan by organisation only, as their
     * access-log extract names no staff member's user id either.
     */
    public PlanView forThePerson() {
        return new PlanView(id, null, null, kind, status, lead, parties, careEpisode, horizonMonths,
                representative, individualGoal, professionalGoal, needs, currentInterventions, childView,
                childSpokesperson, otherMeasures, youthOrder, youthOrderContacts, implementationPlans, youthRefusals,
                continuationDecisions, consentId, consent, new Created(created.org(), null, created.at()), closure,
                lifeAreas, actions, placementChanges, deviations, leadChanges, version);
    }

    private static LifeAreaView lifeArea(PlanDetails p, LifeArea area) {
        return new LifeAreaView(area, p.situations().get(area), p.goalsIn(area).stream()
                .map(g -> new Goal(g.id(), g.text(), g.targetDate())).toList());
    }
}
