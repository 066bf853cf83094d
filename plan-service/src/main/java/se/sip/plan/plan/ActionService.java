package se.sip.plan.plan;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.problem.ProblemException;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;

/** Adds and changes a plan's actions; every change is a logged change of the plan and raises its version. */
@ApplicationScoped
public class ActionService {

    private final PlanLocks locks;
    private final PlanChanges changes;

    ActionService(PlanLocks locks, PlanChanges changes) {
        this.locks = locks;
        this.changes = changes;
    }

    /** The action as it now is, and its plan's new version (the ETag). */
    public record Changed(PlanAction action, int planVersion) {
    }

    /** If-Match is optional here: a new action cannot undo anyone's edit. */
    @Transactional
    public Changed add(Caller caller, UUID planId, ActionDraft d, String ifMatch) {
        Plan p = locks.forChange(caller, planId);
        Versions.requireMatch(ifMatch, p.version);
        p.requireActive();
        PlanAction a = new PlanAction(UUID.randomUUID(), d.lifeArea(), d.intervention(), d.interventionText(),
                d.description(), d.responsibleOrgId(), d.goalId(), d.startOn(), d.dueOn(), d.status(), d.achieved());
        check(p, a);
        p.actions.add(a);
        return new Changed(a, changes.commit(p, List.of(PlanChanges.ACTIONS)).version());
    }

    /** If-Match is required: two parties editing one action must not silently overwrite each other. */
    @Transactional
    public Changed change(Caller caller, UUID planId, UUID actionId, ActionDraft d, String ifMatch) {
        Plan p = locks.forChange(caller, planId);
        Versions.requirePresentMatch(ifMatch, p.version);
        p.requireActive();
        PlanAction current = p.action(actionId).orElseThrow(() -> ProblemException.notFound("Action"));
        Intervention intervention = given(d.intervention(), current.intervention());
        PlanAction a = new PlanAction(current.id(), given(d.lifeArea(), current.lifeArea()), intervention,
                intervention == Intervention.OTHER ? given(d.interventionText(), current.interventionText()) : null,
                given(d.description(), current.description()),
                given(d.responsibleOrgId(), current.responsibleOrgId()), given(d.goalId(), current.goalId()),
                given(d.startOn(), current.startOn()), given(d.dueOn(), current.dueOn()),
                given(d.status(), current.status()), given(d.achieved(), current.achieved()));
        check(p, a);
        // The changed action replaces the element, so the plan's collection is dirty and its version rises.
        p.actions.set(p.actions.indexOf(current), a);
        return new Changed(a, changes.commit(p, List.of(PlanChanges.ACTIONS)).version());
    }

    /** The rules an action obeys whichever way it came about; 422 names the one broken. */
    private static void check(Plan p, PlanAction a) {
        if (a.intervention() == Intervention.OTHER
                && (a.interventionText() == null || a.interventionText().isBlank())) {
            throw ProblemException.ruleViolation("An OTHER intervention needs interventionText saying which.");
        }
        if (!PlanAction.INDIVIDUAL.equals(a.responsibleOrgId()) && !p.hasParty(a.responsibleOrgId())) {
            throw ProblemException.ruleViolation("responsibleOrgId must be one of the plan's parties "
                    + p.partyOrgIds() + " or INDIVIDUAL.");
        }
        if (a.startOn() != null && a.dueOn().isBefore(a.startOn())) {
            throw ProblemException.ruleViolation("dueOn is before startOn.");
        }
        if (a.goalId() != null && p.goals.stream().noneMatch(g -> g.id().equals(a.goalId()))) {
            throw ProblemException.ruleViolation("goalId names no goal of the plan.");
        }
    }

    private static <T> T given(T patched, T current) {
        return patched != null ? patched : current;
    }
}
