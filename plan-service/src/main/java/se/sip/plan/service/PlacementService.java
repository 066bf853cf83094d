package se.sip.plan.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.plan.PlacementChange;
import se.sip.plan.Plan;
import se.sip.plan.PlanRepository;
import se.sip.plan.rest.PlacementChangeRequest;
import se.sip.platform.access.PersonDataAccess;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;

/** Records an LVM-aftercare person's placement changes (PlacementRules says which may come) and tells the parties. */
@ApplicationScoped
public class PlacementService {

    private final PlanRepository plans;
    private final PlanAccess access;
    private final PersonDataAccess personData;
    private final PlanEvents events;
    private final Clock clock;

    PlacementService(PlanRepository plans, PlanAccess access, PersonDataAccess personData, PlanEvents events,
            Clock clock) {
        this.plans = plans;
        this.access = access;
        this.personData = personData;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Plan record(Caller caller, UUID planId, PlacementChangeRequest r, String ifMatch) {
        Plan p = personData.change(caller, access, planId, plans.lockById(planId));
        Versions.requireMatch(ifMatch, p.version);
        LifeAreaService.requireActive(p);
        PlacementRules.check(p, r.type(), r.effectiveOn());
        PlacementChange change = new PlacementChange(r.type(), r.effectiveOn(), r.note(), caller.org(),
                clock.instant());
        p.record(change);
        events.placementChanged(p, change);
        return p;
    }
}
