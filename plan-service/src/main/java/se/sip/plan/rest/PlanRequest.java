package se.sip.plan.rest;

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

import se.sip.plan.PlanKind;
import se.sip.plan.RepresentativeRole;
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
        @NotBlank @Size(max = 4000) @Schema(required = true, description = "Why the plan exists: the needs seen") String needs) {

    public int horizonOrDefault() {
        return horizonMonths == null ? 12 : horizonMonths;
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
}
