package se.sip.plan.plan;

import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.Caller;
import se.sip.platform.security.Roles;

/**
 * Function-level rule (OWASP API5) of the decisions that end something for every party: closing the plan and
 * recording the discharge from LVM care. They are the lead organisation's, with any role the call allows, or a
 * manager's (role {@code manager}) of a party organisation; any other party that sees the plan is refused with 403
 * naming who may. Asked after {@link PlanLocks#forChange}, so an organisation that may not see the plan has had its
 * 404 already and learns nothing here.
 */
final class LeadOrManager {

    private LeadOrManager() {
    }

    static boolean mayDecide(Caller caller, Plan p) {
        return caller.belongsTo(p.leadOrgId) || caller.hasRole(Roles.MANAGER) && p.hasParty(caller.org());
    }

    /** @param decision what the caller tried, as the refusal words it, e.g. "close the plan" */
    static void require(Caller caller, Plan p, String decision) {
        if (!mayDecide(caller, p)) {
            throw ProblemException.forbidden("Only the lead organisation (" + p.leadOrgId + "), or a manager (role"
                    + " manager) of a party organisation, may " + decision + ".");
        }
    }
}
