package se.sip.plan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.events.PlanPartyChangedData;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;

/** Records an LVM-aftercare person's placement changes (PlacementRules says which may come) and tells the parties. */
@ApplicationScoped
public class PlacementService {

    private final PlanRepository plans;
    private final PlanLocks locks;
    private final PlanEvents events;
    private final Clock clock;

    PlacementService(PlanRepository plans, PlanLocks locks, PlanEvents events, Clock clock) {
        this.plans = plans;
        this.locks = locks;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PlanDetails record(Caller caller, UUID planId, PlacementChangeType type, LocalDate effectiveOn, String note,
            String ifMatch) {
        Plan p = locks.forChange(caller, planId);
        Versions.requireMatch(ifMatch, p.version);
        p.requireActive();
        PlacementRules.check(p, type, effectiveOn);
        PlacementChange change = new PlacementChange(type, effectiveOn, note, caller.org(), clock.instant());
        List<PlanParty> discharged = p.record(change);
        PlanDetails changed = plans.changed(p);
        events.placementChanged(p, change);
        discharged.forEach(party -> events.partyRemoved(p, party, PlanPartyChangedData.DISCHARGED));
        return changed;
    }
}
