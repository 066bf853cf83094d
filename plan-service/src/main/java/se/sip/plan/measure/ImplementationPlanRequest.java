package se.sip.plan.measure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImplementationPlanRequest", description = "An implementation plan (genomförandeplan) the performer drew"
        + " up with the family, as its copy reached the social worker (seed 004)")
record ImplementationPlanRequest(
        @NotBlank @Size(max = 100) @Schema(description = "The performer: one of the plan's parties",
                example = "kommun-0583-srv") String performerOrgId,
        @NotNull @Schema(description = "The day the copy was received: not before the order, not in the future",
                example = "2027-02-10") LocalDate receivedOn,
        @NotBlank @Size(max = 500) @Schema(description = "Where the document is kept (its reference in the performer's"
                + " or the journal system); the plan keeps no document", example = "VIVA-GP-2027-0142")
        String documentRef) {
}
