package se.sip.plan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the plan is to say about one life area, in the domain's terms: what {@link LifeAreaService} takes. */
public record LifeAreaDescription(String currentSituation, List<Goal> goals) {

    /** A goal of the area; {@code id} is null for a new goal, which is then given one. */
    public record Goal(UUID id, String text, LocalDate targetDate) {
    }
}
