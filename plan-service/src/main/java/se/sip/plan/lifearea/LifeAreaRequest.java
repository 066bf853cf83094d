package se.sip.plan.lifearea;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.plan.plan.LifeAreaDescription;
import se.sip.plan.plan.PlanView;

@Schema(name = "LifeAreaRequest", description = "What the plan says about one life area (livsområde): the whole area is"
        + " replaced")
record LifeAreaRequest(
        @Schema(description = "The person's current situation (nuläge)") @Size(max = 10000) String currentSituation,
        @NotNull @Size(max = 50) List<PlanView.@Valid @NotNull Goal> goals) {

    LifeAreaDescription toDescription() {
        return new LifeAreaDescription(currentSituation,
                goals.stream().map(g -> new LifeAreaDescription.Goal(g.id(), g.text(), g.targetDate())).toList());
    }
}
