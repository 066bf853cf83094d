package se.sip.plan.action;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.plan.plan.ActionDraft;
import se.sip.plan.plan.ActionStatus;
import se.sip.plan.plan.Intervention;
import se.sip.plan.plan.LifeArea;

@Schema(name = "ActionPatch", description = "Changes to an action: the fields given replace the action's, the rest stay")
record ActionPatch(
        LifeArea lifeArea,
        Intervention intervention,
        @Size(max = 500) String interventionText,
        // Not blank when given; written so that Java and ECMA-262 (the partners' validators) read it alike.
        @Size(min = 1, max = 5000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*") String description,
        @Size(min = 1, max = 100) String responsibleOrgId,
        UUID goalId,
        LocalDate startOn,
        LocalDate dueOn,
        ActionStatus status,
        Boolean achieved) {

    /** The fields given; those absent are null, which keeps the action's. */
    ActionDraft toDraft() {
        return new ActionDraft(lifeArea, intervention, interventionText, description, responsibleOrgId, goalId, startOn,
                dueOn, status, achieved);
    }
}
