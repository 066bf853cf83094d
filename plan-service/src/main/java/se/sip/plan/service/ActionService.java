package se.sip.plan.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.plan.Intervention;
import se.sip.plan.Plan;
import se.sip.plan.PlanAction;
import se.sip.plan.PlanRepository;
import se.sip.plan.rest.ActionPatch;
import se.sip.plan.rest.ActionRequest;
import se.sip.platform.access.PersonDataAccess;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;

/** Adds and changes a plan's actions; every change is a logged change of the plan and raises its version. */
@ApplicationScoped
public class ActionService {

    private final PlanRepository plans;
    private final PlanAccess access;
    private final PersonDataAccess personData;

    ActionService(PlanRepository plans, PlanAccess access, PersonDataAccess personData) {
        this.plans = plans;
        this.access = access;
        this.personData = personData;
    }

    /** The action as it now is, and its plan (whose version is the ETag). */
    public record Changed(Plan plan, PlanAction action) {
    }

    /** If-Match is optional here: a new action cannot undo anyone's edit. */
    @Transactional
    public Changed add(Caller caller, UUID planId, ActionRequest r, String ifMatch) {
        Plan p = personData.change(caller, access, planId, plans.lockById(planId));
        Versions.requireMatch(ifMatch, p.version);
        LifeAreaService.requireActive(p);
        PlanAction a = new PlanAction();
        a.id = UUID.randomUUID();
        a.lifeArea = r.lifeArea();
        a.intervention = r.intervention();
        a.interventionText = r.interventionText();
        a.description = r.description();
        a.responsibleOrgId = r.responsibleOrgId();
        a.goalId = r.goalId();
        a.startOn = r.startOn();
        a.dueOn = r.dueOn();
        a.status = r.status();
        a.achieved = r.achieved();
        check(p, a);
        p.actions.add(a);
        return new Changed(p, a);
    }

    /** If-Match is required: two parties editing one action must not silently overwrite each other. */
    @Transactional
    public Changed change(Caller caller, UUID planId, UUID actionId, ActionPatch r, String ifMatch) {
        Plan p = personData.change(caller, access, planId, plans.lockById(planId));
        Versions.requirePresentMatch(ifMatch, p.version);
        LifeAreaService.requireActive(p);
        PlanAction current = p.action(actionId).orElseThrow(() -> ProblemException.notFound("Action"));
        // A changed copy replaces the element, so the plan's collection is dirty and its version rises.
        PlanAction a = copy(current);
        a.lifeArea = given(r.lifeArea(), a.lifeArea);
        a.intervention = given(r.intervention(), a.intervention);
        a.interventionText = given(r.interventionText(), a.interventionText);
        a.description = given(r.description(), a.description);
        a.responsibleOrgId = given(r.responsibleOrgId(), a.responsibleOrgId);
        a.goalId = given(r.goalId(), a.goalId);
        a.startOn = given(r.startOn(), a.startOn);
        a.dueOn = given(r.dueOn(), a.dueOn);
        a.status = given(r.status(), a.status);
        a.achieved = given(r.achieved(), a.achieved);
        if (a.intervention != Intervention.OTHER) {
            a.interventionText = null;
        }
        check(p, a);
        p.actions.set(p.actions.indexOf(current), a);
        return new Changed(p, a);
    }

    /** The rules an action obeys whichever way it came about; 422 names the one broken. */
    private static void check(Plan p, PlanAction a) {
        if (a.intervention == Intervention.OTHER && (a.interventionText == null || a.interventionText.isBlank())) {
            throw ProblemException.ruleViolation("An OTHER intervention needs interventionText saying which.");
        }
        if (!PlanAction.INDIVIDUAL.equals(a.responsibleOrgId) && !p.hasParty(a.responsibleOrgId)) {
            throw ProblemException.ruleViolation("responsibleOrgId must be one of the plan's parties "
                    + p.partyOrgIds() + " or INDIVIDUAL.");
        }
        if (a.startOn != null && a.dueOn.isBefore(a.startOn)) {
            throw ProblemException.ruleViolation("dueOn is before startOn.");
        }
        if (a.goalId != null && p.goals.stream().noneMatch(g -> g.id.equals(a.goalId))) {
            throw ProblemException.ruleViolation("goalId names no goal of the plan.");
        }
    }

    private static <T> T given(T patched, T current) {
        return patched != null ? patched : current;
    }

    private static PlanAction copy(PlanAction from) {
        PlanAction a = new PlanAction();
        a.id = from.id;
        a.lifeArea = from.lifeArea;
        a.intervention = from.intervention;
        a.interventionText = from.interventionText;
        a.description = from.description;
        a.responsibleOrgId = from.responsibleOrgId;
        a.goalId = from.goalId;
        a.startOn = from.startOn;
        a.dueOn = from.dueOn;
        a.status = from.status;
        a.achieved = from.achieved;
        return a;
    }
}
