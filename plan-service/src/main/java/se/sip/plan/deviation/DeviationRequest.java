package se.sip.plan.deviation;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.plan.plan.DeviationReport;

@Schema(name = "DeviationRequest", description = "A deviation (avvikelse) from the plan")
record DeviationRequest(
        @Schema(description = "What deviated; stays in the plan, never in the event") @NotBlank @Size(max = 5000)
        String description,
        @Schema(description = "The reporting organisation: the caller's own") @NotBlank @Size(max = 100)
        String reportedByOrgId,
        @Schema(description = "The action of the plan the deviation concerns") UUID actionId) {

    DeviationReport toReport() {
        return new DeviationReport(description, reportedByOrgId, actionId);
    }
}
