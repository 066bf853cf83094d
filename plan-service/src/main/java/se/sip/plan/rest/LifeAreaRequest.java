package se.sip.plan.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LifeAreaRequest", description = "What the plan says about one life area (livsområde): the whole area is"
        + " replaced")
public record LifeAreaRequest(
        @Schema(description = "The person's current situation (nuläge)") @Size(max = 10000) String currentSituation,
        @NotNull @Size(max = 50) List<@Valid @NotNull Goal> goals) {

    @Schema(name = "Goal", description = "A goal (mål)")
    public record Goal(
            @Schema(description = "Kept when given (actions point to it); assigned when absent") UUID id,
            @NotBlank @Size(max = 2000) String text,
            @Schema(description = "When the goal should be reached") LocalDate targetDate) {
    }
}
