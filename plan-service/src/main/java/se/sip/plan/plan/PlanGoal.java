package se.sip.plan.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A goal (mål) in one life area; actions point to it by id, so the id survives every edit of the area. */
@Embeddable
public record PlanGoal(
        @Column(name = "goal_id") UUID id,
        @Enumerated(EnumType.STRING) @Column(name = "life_area") LifeArea area,
        String text,
        @Column(name = "target_date") LocalDate targetDate) {
}
