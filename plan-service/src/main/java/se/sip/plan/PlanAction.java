package se.sip.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An action (åtgärd): who does what, in which life area, towards which goal, by when. */
@Embeddable
public class PlanAction {

    @Column(name = "action_id")
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "life_area")
    public LifeArea lifeArea;

    @Enumerated(EnumType.STRING)
    public Intervention intervention;

    @Column(name = "intervention_text")
    public String interventionText;

    public String description;

    /** A party's organisation id, or {@link #INDIVIDUAL} when the person does it themselves. */
    @Column(name = "responsible_org_id")
    public String responsibleOrgId;

    @Column(name = "goal_id")
    public UUID goalId;

    @Column(name = "start_on")
    public LocalDate startOn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public ActionStatus status;

    public Boolean achieved;

    public static final String INDIVIDUAL = "INDIVIDUAL";
}
