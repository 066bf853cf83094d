package se.sip.plan.plan;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.problem.ProblemException;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;

/** Describes the plan's life areas: the current situation and the goals of each. */
@ApplicationScoped
public class LifeAreaService {

    private final PlanLocks locks;
    private final PlanChanges changes;

    LifeAreaService(PlanLocks locks, PlanChanges changes) {
        this.locks = locks;
        this.changes = changes;
    }

    /**
     * Replaces one life area. If-Match is required: parties edit the same plan, and a blind write would undo
     * another organisation's change without anyone noticing.
     */
    @Transactional
    public PlanDetails describe(Caller caller, UUID planId, LifeArea area, LifeAreaDescription d, String ifMatch) {
        Plan p = locks.forChange(caller, planId);
        Versions.requirePresentMatch(ifMatch, p.version);
        p.requireActive();
        List<PlanGoal> goals = d.goals().stream()
                .map(g -> new PlanGoal(g.id() == null ? UUID.randomUUID() : g.id(), area, g.text(), g.targetDate()))
                .toList();
        if (goals.stream().map(PlanGoal::id).distinct().count() < goals.size()) {
            throw ProblemException.ruleViolation("Two goals of the area have the same id.");
        }
        // Actions find their goal by id alone, so an id must not move between areas.
        if (p.goals.stream().anyMatch(g -> g.area() != area && goals.stream().anyMatch(n -> n.id().equals(g.id())))) {
            throw ProblemException.ruleViolation("A goal id given belongs to another life area of the plan.");
        }
        p.describe(area, d.currentSituation(), goals);
        return changes.commit(p, List.of(PlanChanges.LIFE_AREAS));
    }
}
