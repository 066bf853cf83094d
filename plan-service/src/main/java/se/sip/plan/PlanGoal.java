package se.sip.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A goal (mål) in one life area; actions point to it by id, so the id survives every edit of the area. */
@Embeddable
public class PlanGoal {

    @Column(name = "goal_id")
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "life_area")
    public LifeArea area;

    public String text;

    @Column(name = "target_date")
    public LocalDate targetDate;

    protected PlanGoal() {
    }

    public PlanGoal(UUID id, LifeArea area, String text, LocalDate targetDate) {
        this.id = id;
        this.area = area;
        this.text = text;
        this.targetDate = targetDate;
    }
}
