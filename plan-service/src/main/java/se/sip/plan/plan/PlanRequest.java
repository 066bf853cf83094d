package se.sip.plan.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.platform.person.ValidPersonalIdentityNumber;
import se.sip.platform.security.OrgType;

@Schema(name = "PlanRequest", description = "A coordinated plan (samordnad plan) to start")
public record PlanRequest(
        @NotNull @ValidPersonalIdentityNumber
        @Schema(description = "Personal identity or coordination number (personnummer/samordningsnummer), 12 digits;"
                + " YYYYMMDD-NNNN is accepted too", example = "191212121212", required = true) String personId,
        @NotNull @Schema(required = true) PlanKind kind,
        @NotNull @Valid @Schema(required = true, description = "The lead party (huvudansvarig); must be one of the parties")
        Lead lead,
        @NotEmpty @Size(max = 30) @Schema(required = true, description = "The organisations taking part (samverkansparter)")
        List<@Valid @NotNull PartyDto> parties,
        @Valid @Schema(description = "The LVM care episode; required for LVM_AFTERCARE") CareEpisode careEpisode,
        @Min(value = 1, message = "must be between 1 and 60") @Max(value = 60, message = "must be between 1 and 60")
        @Schema(description = "How many months the plan covers; 12 if absent", example = "12") Integer horizonMonths,
        @Valid @Schema(description = "Who speaks for the individual beside them, if anyone") Representative representative,
        @NotBlank @Size(max = 4000)
        @Schema(required = true, description = "The individual's own overall goal, in their words") String individualGoal,
        @Size(max = 4000) @Schema(description = "The professionals' goal, where it differs from the individual's own")
        String professionalGoal,
        @NotBlank @Size(max = 4000) @Schema(required = true, description = "Why the plan exists: the needs seen") String needs,
        @Size(max = 4000) @Schema(description = "Earlier and current interventions, and how they work")
        String currentInterventions,
        @Size(max = 50) @Schema(description = "Measures others than the two principals take, and what the person does"
                + " themselves (åtgärder som vidtas av andra än kommunen och regionen)")
        List<@Valid @NotNull OtherMeasureDto> otherMeasures,
        @Valid @Schema(description = "YOUTH_ASSIGNMENT only: the order (beställning) to the resource unit")
        YouthOrderDto youthOrder,
        @Valid @Schema(description = "A plan for a child (under 18): the child's own view, written down")
        ChildViewDto childView,
        @Valid @Schema(description = "A plan for a child (under 18): who speaks for the child when the child is absent")
        ChildSpokespersonDto childSpokesperson) {

    /** The plan to start, in the domain's terms; a plan covers 12 months unless the request says otherwise. */
    PlanStart toStart() {
        return new PlanStart(personId, kind, new PlanStart.Lead(lead.orgId(), lead.name()),
                parties.stream().map(p -> new PlanParty(p.orgId(), p.orgType(), p.name(), p.contact())).toList(),
                careEpisode == null ? null : new PlanStart.CareEpisode(careEpisode.lvmStartedOn(),
                        careEpisode.institution(), careEpisode.expectedDischargeOn()),
                horizonMonths == null ? 12 : horizonMonths,
                representative == null ? null : new PlanStart.Representative(representative.role(),
                        representative.name()),
                individualGoal, professionalGoal, needs, currentInterventions,
                otherMeasures == null ? List.of() : otherMeasures.stream().map(OtherMeasureDto::toMeasure).toList(),
                youthOrder == null ? null : youthOrder.toOrder(),
                childView == null ? null : childView.toOpinion(),
                childSpokesperson == null ? null : childSpokesperson.toSpokesperson());
    }

    @Schema(name = "Lead", description = "The lead party (huvudansvarig)")
    public record Lead(
            @NotBlank @Size(max = 100) @Schema(example = "kommun-0583") String orgId,
            @NotBlank @Size(max = 200) @Schema(example = "Motala kommun, vuxenenheten") String name) {
    }

    @Schema(name = "PlanParty", description = "An organisation taking part (samverkanspart)")
    public record PartyDto(
            @NotBlank @Size(max = 100) @Schema(example = "sis-lvm-hem-1") String orgId,
            @NotNull OrgType orgType,
            @NotBlank @Size(max = 200) @Schema(example = "SiS LVM-hem") String name,
            @Size(max = 200) @Schema(description = "How the other parties reach this one", example = "Behandlare, 010-453 00 00")
            String contact) {
    }

    @Schema(name = "OtherMeasure", description = "A measure someone other than the two principals takes")
    public record OtherMeasureDto(
            @NotBlank @Size(max = 5000) @Schema(example = "Deltar i AA-möten två gånger i veckan.") String description,
            @NotBlank @Size(max = 100) @Schema(description = "INDIVIDUAL (the person themselves), a party that is not a"
                    + " principal (SIS, OTHER), or another organisation, then named", example = "INDIVIDUAL")
            String responsibleOrgId,
            @Size(max = 200) @Schema(description = "Required for an organisation that is not a party",
                    example = "Kriminalvården, frivården Motala") String responsibleName) {

        public OtherMeasure toMeasure() {
            return new OtherMeasure(description, responsibleOrgId, responsibleName);
        }
    }

    @Schema(name = "YouthOrder", description = "Beställning med uppdrag till resursenheten (SRV), with the"
            + " time-limited intervention decided; the assignment's need and goals are the plan's needs and goals")
    public record YouthOrderDto(
            @NotBlank @Size(max = 100) @Schema(description = "The resource unit: one of the plan's parties",
                    example = "kommun-0583-srv") String resourceUnitOrgId,
            @NotNull @Schema(example = "2027-01-10") LocalDate orderedOn,
            @NotNull @Schema(description = "The intervention decided: from", example = "2027-01-15") LocalDate interventionFrom,
            @NotNull @Schema(description = "…to: an intervention for a young person is always time-limited",
                    example = "2027-07-15") LocalDate interventionTo) {

        public YouthOrder toOrder() {
            return new YouthOrder(resourceUnitOrgId, orderedOn, interventionFrom, interventionTo);
        }
    }

    @Schema(name = "CareEpisode", description = "The LVM care episode (vårdtid enligt LVM)")
    public record CareEpisode(
            @NotNull @Schema(example = "2026-10-01") LocalDate lvmStartedOn,
            @NotBlank @Size(max = 200) @Schema(example = "SiS LVM-hem") String institution,
            @Schema(description = "Expected discharge (utskrivning)", example = "2027-04-01") LocalDate expectedDischargeOn) {
    }

    @Schema(name = "Representative", description = "God man, förvaltare or vårdnadshavare")
    public record Representative(
            @NotNull RepresentativeRole role,
            @NotBlank @Size(max = 200) String name) {
    }

    @Schema(name = "ChildView", description = "Barnets egen åsikt: the child's own view, weighed by age and maturity and"
            + " written down (docs/domain.md, \"Children and young people\"); shown in the SIP document")
    public record ChildViewDto(
            @NotBlank @Size(max = 4000) @Schema(description = "The view, as the child gave it",
                    example = "Jag vill bo kvar hemma och gå i samma skola.") String text,
            @NotBlank @Size(max = 200) @Schema(description = "Who wrote it down (name, role)",
                    example = "Eva Lind, socialsekreterare") String by,
            @NotNull @Schema(description = "The day the child gave it; not in the future", example = "2027-01-12")
            LocalDate on) {

        public ChildOpinion toOpinion() {
            return new ChildOpinion(text.strip(), by.strip(), on);
        }

        static ChildViewDto of(ChildOpinion v) {
            return v == null ? null : new ChildViewDto(v.text(), v.by(), v.on());
        }
    }

    @Schema(name = "ChildSpokesperson", description = "Who speaks for the child when the child is absent (den som för"
            + " barnets talan när barnet inte deltar)")
    public record ChildSpokespersonDto(
            @NotBlank @Size(max = 200) @Schema(example = "Lisa Berg") String name,
            @NotBlank @Size(max = 200) @Schema(description = "Their role or relation to the child",
                    example = "vårdnadshavare") String role) {

        public ChildSpokesperson toSpokesperson() {
            return new ChildSpokesperson(name.strip(), role.strip());
        }

        static ChildSpokespersonDto of(ChildSpokesperson s) {
            return s == null ? null : new ChildSpokespersonDto(s.name(), s.role());
        }
    }
}
