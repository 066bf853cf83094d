package se.sip.plan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.problem.ProblemException;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;

/**
 * Records what follows a youth assignment's order (seed 004, {@link YouthOrderRules}): the contact with the resource
 * unit about it and the unit's answer, the performer's implementation plans, and an early ending asked for with the
 * social worker's decision on it. Each is a logged change of the plan that raises its version; If-Match is optional,
 * since none undoes anyone's edit.
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
     * A unit that will not execute the order is told to the lead ({@code youth-order-declined}, never the reasons); a
     * unit that will, as a change of the plan.
     */
    @Transactional
    public PlanDetails recordContact(Caller caller, UUID planId, LocalDate on, String by, ContactOutcome outcome,
            String reasons, String ifMatch) {
        Plan p = active(caller, planId, ifMatch);
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

    @Transactional
    public PlanDetails registerImplementationPlan(Caller caller, UUID planId, String performerOrgId,
            LocalDate receivedOn, String documentRef, String ifMatch) {
        Plan p = active(caller, planId, ifMatch);
        ImplementationPlan plan = new ImplementationPlan(performerOrgId, receivedOn, documentRef.strip(),
                caller.org(), clock.instant());
        YouthOrderRules.checkImplementationPlan(p, plan, LocalDate.now(clock));
        p.implementationPlans.add(plan);
        return changes.commit(p, List.of(PlanChanges.IMPLEMENTATION_PLANS));
    }

    /** The youth refuses, or a guardian withdraws or stops cooperating: a GUARDIAN refusal awaits a decision. */
    @Transactional
    public PlanDetails recordRefusal(Caller caller, UUID planId, LocalDate on, RefusedBy refusedBy, String note,
            String ifMatch) {
        Plan p = active(caller, planId, ifMatch);
        YouthRefusal refusal = new YouthRefusal(on, refusedBy, note.strip(), caller.org(), clock.instant());
        YouthOrderRules.checkRefusal(p, refusal, LocalDate.now(clock));
        p.youthRefusals.add(refusal);
        return changes.commit(p, List.of(PlanChanges.YOUTH_REFUSALS));
    }

    /** The social worker's judgement, so the lead organisation's alone (403 for the other parties). */
    @Transactional
    public PlanDetails recordDecision(Caller caller, UUID planId, LocalDate on, String decidedBy, boolean continues,
            String reasons, String ifMatch) {
        Plan p = active(caller, planId, ifMatch);
        if (!caller.belongsTo(p.leadOrgId)) {
            throw ProblemException.forbidden("Whether the intervention goes on is decided by the social worker of the"
                    + " lead organisation (" + p.leadOrgId + "), seed 004.");
        }
        ContinuationDecision decision = new ContinuationDecision(on, decidedBy.strip(), continues, reasons.strip(),
                caller.org(), clock.instant());
        YouthOrderRules.checkDecision(p, decision, LocalDate.now(clock));
        p.continuationDecisions.add(decision);
        return changes.commit(p, List.of(PlanChanges.CONTINUATION_DECISIONS));
    }

    private Plan active(Caller caller, UUID planId, String ifMatch) {
        Plan p = locks.forChange(caller, planId);
        Versions.requireMatch(ifMatch, p.version);
        p.requireActive();
        return p;
    }
}
