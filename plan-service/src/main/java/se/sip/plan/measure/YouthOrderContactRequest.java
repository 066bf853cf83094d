package se.sip.plan.measure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.plan.plan.ContactOutcome;

@Schema(name = "YouthOrderContactRequest", description = "A contact with the resource unit about the order, and its"
        + " answer (seed 004)")
record YouthOrderContactRequest(
        @NotNull @Schema(description = "The day of the contact: not before the order, not in the future",
                example = "2027-01-20") LocalDate on,
        @NotBlank @Size(max = 200) @Schema(description = "Who made the contact (name, role)",
                example = "Administrativ samordnare, socialkontoret") String by,
        @NotNull ContactOutcome outcome,
        @Size(max = 4000) @Schema(description = "Required with WILL_NOT_EXECUTE: the resource unit's written reasons."
                + " Shown in the plan, never in an event") String reasons) {
}
