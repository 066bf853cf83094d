package se.sip.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A youth assignment's order (beställning) to the resource unit (seed 004): which party executes it, when it was
 * ordered, and the time-limited intervention decided (insatsens längd ska vara tidsbestämd). The need and the goals
 * of the assignment (uppdrag) are the plan's needs, individual goal and life-area goals.
 */
@Embeddable
public class YouthOrder {

    @Column(name = "order_resource_unit_org_id")
    public String resourceUnitOrgId;

    @Column(name = "order_ordered_on")
    public LocalDate orderedOn;

    @Column(name = "order_intervention_from")
    public LocalDate interventionFrom;

    @Column(name = "order_intervention_to")
    public LocalDate interventionTo;

    protected YouthOrder() {
    }

    public YouthOrder(String resourceUnitOrgId, LocalDate orderedOn, LocalDate interventionFrom,
            LocalDate interventionTo) {
        this.resourceUnitOrgId = resourceUnitOrgId;
        this.orderedOn = orderedOn;
        this.interventionFrom = interventionFrom;
        this.interventionTo = interventionTo;
    }
}
