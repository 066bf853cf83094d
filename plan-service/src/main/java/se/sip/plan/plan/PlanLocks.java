package se.sip.plan.plan;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.sip.platform.access.PersonDataAccess;
import se.sip.platform.security.Caller;

/**
 * Where every change of a plan starts: the plan locked for the change, and the caller's access to it decided and
 * written to the access log ({@link PersonDataAccess}), so no change can skip either.
 */
@ApplicationScoped
class PlanLocks {

    private final PlanRepository plans;
    private final PlanAccess access;
    private final PersonDataAccess personData;

    PlanLocks(PlanRepository plans, PlanAccess access, PersonDataAccess personData) {
        this.plans = plans;
        this.access = access;
        this.personData = personData;
    }

    /** The plan, locked until the transaction ends; 404 when it does not exist or the caller may not change it. */
    Plan forChange(Caller caller, UUID planId) {
        return personData.change(caller, access, planId, plans.lockById(planId));
    }
}
