package se.sip.plan.plan;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "Action", description = "An action (åtgärd) of a plan")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionView(UUID id, LifeArea lifeArea, Intervention intervention, String interventionText,
        String description, String responsibleOrgId, UUID goalId, LocalDate startOn, LocalDate dueOn,
        ActionStatus status, Boolean achieved) {

    public static ActionView of(PlanAction a) {
        return new ActionView(a.id(), a.lifeArea(), a.intervention(), a.interventionText(), a.description(),
                a.responsibleOrgId(), a.goalId(), a.startOn(), a.dueOn(), a.status(), a.achieved());
    }
}
