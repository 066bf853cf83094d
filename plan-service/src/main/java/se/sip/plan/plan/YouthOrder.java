package se.sip.plan.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A youth assignment's order (beställning) to the resource unit (seed 004): which party executes it, when it was
 * ordered, and the time-limited intervention decided (insatsens längd ska vara tidsbestämd). The need and the goals
 * of the assignment (uppdrag) are the plan's needs, individual goal and life-area goals.
 */
@Embeddable
public record YouthOrder(
        @Column(name = "order_resource_unit_org_id") String resourceUnitOrgId,
        @Column(name = "order_ordered_on") LocalDate orderedOn,
        @Column(name = "order_intervention_from") LocalDate interventionFrom,
        @Column(name = "order_intervention_to") LocalDate interventionTo) {
}
