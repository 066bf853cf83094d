package se.sip.plan.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.plan.ActionStatus;
import se.sip.plan.Intervention;
import se.sip.plan.LifeArea;

@Schema(name = "ActionPatch", description = "Changes to an action: the fields given replace the action's, the rest stay")
public record ActionPatch(
        LifeArea lifeArea,
        Intervention intervention,
        @Size(max = 500) String interventionText,
        @Size(min = 1, max = 5000) @Pattern(regexp = "(?s).*\\S.*") String description,
        @Size(min = 1, max = 100) String responsibleOrgId,
        UUID goalId,
        LocalDate startOn,
        LocalDate dueOn,
        ActionStatus status,
        Boolean achieved) {
}
