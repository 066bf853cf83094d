package se.sip.plan.action;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.plan.plan.ActionDraft;
import se.sip.plan.plan.ActionStatus;
import se.sip.plan.plan.Intervention;
import se.sip.plan.plan.LifeArea;

@Schema(name = "ActionRequest", description = "A new action (åtgärd)")
record ActionRequest(
        @NotNull LifeArea lifeArea,
        @NotNull Intervention intervention,
        @Schema(description = "Which intervention, when it is OTHER") @Size(max = 500) String interventionText,
        @NotBlank @Size(max = 5000) String description,
        @Schema(description = "One of the plan's parties, or INDIVIDUAL (the person does it)") @NotBlank @Size(max = 100)
        String responsibleOrgId,
        @Schema(description = "The goal (of any life area) the action serves") UUID goalId,
        LocalDate startOn,
        @NotNull LocalDate dueOn,
        @NotNull ActionStatus status,
        @Schema(description = "Whether the action reached its aim (uppnått), once judged") Boolean achieved) {

    ActionDraft toDraft() {
        return new ActionDraft(lifeArea, intervention, interventionText, description, responsibleOrgId, goalId, startOn,
                dueOn, status, achieved);
    }
}
