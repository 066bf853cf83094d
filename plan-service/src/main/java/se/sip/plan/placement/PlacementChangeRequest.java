package se.sip.plan.placement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.plan.plan.PlacementChangeType;

@Schema(name = "PlacementChangeRequest", description = "A change of where the LVM care takes place")
record PlacementChangeRequest(
        @NotNull PlacementChangeType type,
        @NotNull LocalDate effectiveOn,
        @Schema(description = "Shown in the plan; never in the event") @Size(max = 2000) String note) {
}
