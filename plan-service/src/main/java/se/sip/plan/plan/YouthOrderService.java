package se.sip.plan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;

/**
 * Records what follows a youth assignment's order (seed 004, {@link YouthOrderRules}): the contact with the resource
 * unit about it and the unit's answer, and the performer's implementation plans. Each is a logged change of the plan that raises its version.
 */
@ApplicationScoped
public class YouthOrderService {

    private final PlanRepository plans;
    private final PlanLocks locks;
    private final PlanChanges changes;
    private final PlanEvents events;
    private final Clock clock;

    YouthOrderService(PlanRepository plans, PlanLocks locks, PlanChanges changes, PlanEvents events, Clock clock) {
        this.plans = plans;
        this.locks = locks;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * If-Match is optional, as for a deviation: a contact undoes no one's edit. A unit that will not execute the order
     * is told to the lead ({@code youth-order-declined}, never the reasons); a unit that will, as a change of the plan.
     */
    @Transactional
    public PlanDetails recordContact(Caller caller, UUID planId, LocalDate on, String by, ContactOutcome outcome,
            String reasons, String ifMatch) {
        Plan p = locks.forChange(caller, planId);
        Versions.requireMatch(ifMatch, p.version);
        p.requireActive();
        YouthOrderContact contact = new YouthOrderContact(on, by.strip(), outcome,
                reasons == null || reasons.isBlank() ? null : reasons.strip(), caller.org(), clock.instant());
        YouthOrderRules.checkContact(p, contact, LocalDate.now(clock));
        p.youthOrderContacts.add(contact);
        if (outcome == ContactOutcome.WILL_EXECUTE) {
            return changes.commit(p, List.of(PlanChanges.YOUTH_ORDER_CONTACTS));
        }
        PlanDetails changed = plans.changed(p);
        events.youthOrderDeclined(p, contact);
        return changed;
    }

    /** If-Match is optional: a registered implementation plan undoes no one's edit. */
    @Transactional
    public PlanDetails registerImplementationPlan(Caller caller, UUID planId, String performerOrgId,
            LocalDate receivedOn, String documentRef, String ifMatch) {
        Plan p = locks.forChange(caller, planId);
        Versions.requireMatch(ifMatch, p.version);
        p.requireActive();
        ImplementationPlan plan = new ImplementationPlan(performerOrgId, receivedOn, documentRef.strip(),
                caller.org(), clock.instant());
        YouthOrderRules.checkImplementationPlan(p, plan, LocalDate.now(clock));
        p.implementationPlans.add(plan);
        return changes.commit(p, List.of(PlanChanges.IMPLEMENTATION_PLANS));
    }
}
