package se.sip.plan.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action's fields as a caller gives them: what {@link ActionService} takes. To add an action they are all the
 * action's (bean validation at the REST edge sees to the required ones); to change one, those given replace the
 * action's and {@code null} keeps its value.
 */
public record ActionDraft(
        LifeArea lifeArea,
        Intervention intervention,
        String interventionText,
        String description,
        String responsibleOrgId,
        UUID goalId,
        LocalDate startOn,
        LocalDate dueOn,
        ActionStatus status,
        Boolean achieved) {
}
