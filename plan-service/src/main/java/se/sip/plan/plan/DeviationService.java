package se.sip.plan.plan;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.Caller;

/** Records deviations from a plan and tells the parties that one exists. */
@ApplicationScoped
public class DeviationService {

    private final PlanRepository plans;
    private final PlanLocks locks;
    private final PlanEvents events;
    private final Clock clock;

    DeviationService(PlanRepository plans, PlanLocks locks, PlanEvents events,
            Clock clock) {
        this.plans = plans;
        this.locks = locks;
        this.events = events;
        this.clock = clock;
    }

    /** The deviation as recorded, and its plan's new version (the ETag). */
    public record Reported(Deviation deviation, int planVersion) {
    }

    /**
     * Any organisation that may see the plan reports in its own name only: a report is a statement of the reporting
     * organisation, so it cannot be made on another's behalf.
     */
    @Transactional
    public Reported report(Caller caller, UUID planId, DeviationReport r) {
        Plan p = locks.forChange(caller, planId);
        p.requireActive();
        if (!caller.belongsTo(r.reportedByOrgId())) {
            throw ProblemException.ruleViolation("reportedByOrgId must be your own organisation.");
        }
        if (r.actionId() != null && p.action(r.actionId()).isEmpty()) {
            throw ProblemException.ruleViolation("actionId names no action of the plan.");
        }
        Deviation d = new Deviation(UUID.randomUUID(), r.description(), r.reportedByOrgId(), r.actionId(),
                clock.instant());
        p.deviations.add(d);
        events.deviationReported(p, d);
        return new Reported(d, plans.changed(p).version());
    }
}
