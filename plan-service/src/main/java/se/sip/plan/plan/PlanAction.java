package se.sip.plan.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An action (åtgärd): who does what, in which life area, towards which goal, by when.
 *
 * @param responsibleOrgId a party's organisation id, or {@link #INDIVIDUAL} when the person does it themselves
 */
@Embeddable
public record PlanAction(
        @Column(name = "action_id") UUID id,
        @Enumerated(EnumType.STRING) @Column(name = "life_area") LifeArea lifeArea,
        @Enumerated(EnumType.STRING) Intervention intervention,
        @Column(name = "intervention_text") String interventionText,
        String description,
        @Column(name = "responsible_org_id") String responsibleOrgId,
        @Column(name = "goal_id") UUID goalId,
        @Column(name = "start_on") LocalDate startOn,
        @Column(name = "due_on") LocalDate dueOn,
        @Enumerated(EnumType.STRING) ActionStatus status,
        Boolean achieved) {

    public static final String INDIVIDUAL = "INDIVIDUAL";
}
