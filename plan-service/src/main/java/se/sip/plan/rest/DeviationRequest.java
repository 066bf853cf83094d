package se.sip.plan.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeviationRequest", description = "A deviation (avvikelse) from the plan")
public record DeviationRequest(
        @Schema(description = "What deviated; stays in the plan, never in the event") @NotBlank @Size(max = 5000)
        String description,
        @Schema(description = "The reporting organisation: the caller's own") @NotBlank @Size(max = 100)
        String reportedByOrgId,
        @Schema(description = "The action of the plan the deviation concerns") UUID actionId) {
}
