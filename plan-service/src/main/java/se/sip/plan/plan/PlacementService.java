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

/**
 * Records an LVM-aftercare person's placement changes (PlacementRules says which may come) and tells the parties. The
 * discharge takes SiS out of the plan; a new admission after it begins a new care episode (its day the new
 * {@code lvmStartedOn}, the expected discharge unknown again until amended) and brings SiS back: the institution the
 * change names joins as a party like any party joining ({@link PartyService#admit}).
 */
@ApplicationScoped
public class PlacementService {

    private final PlanRepository plans;
    private final PlanLocks locks;
    private final PlanEvents events;
    private final PartyService parties;
    private final Clock clock;

    PlacementService(PlanRepository plans, PlanLocks locks, PlanEvents events, PartyService parties,
            Clock clock) {
        this.plans = plans;
        this.locks = locks;
        this.events = events;
        this.parties = parties;
        this.clock = clock;
    }

    /**
     * Any party records a change, except the discharge, which takes SiS out of the plan: the lead organisation's or a
     * party's manager's ({@link LeadOrManager}), 403 for another party.
     *
     * @param institution the SiS institution an ADMITTED change names (a SIS party), or null
     */
    @Transactional
    public PlanDetails record(Caller caller, UUID planId, PlacementChangeType type, LocalDate effectiveOn, String note,
            PlanParty institution, String ifMatch) {
        Plan p = locks.forChange(caller, planId);
        if (type == PlacementChangeType.DISCHARGED) {
            LeadOrManager.require(caller, p, "record the discharge");
        }
        Versions.requireMatch(ifMatch, p.version);
        p.requireActive();
        PlacementRules.check(p, type, effectiveOn, institution);
        boolean newEpisode = PlacementRules.startsNewEpisode(p, type);
        PlanParty joining = institution == null || p.hasParty(institution.orgId()) ? null : institution;
        if (joining != null) {
            parties.admit(caller, p, joining, "so the admission was not recorded");
        }
        PlacementChange change = new PlacementChange(type, effectiveOn, note, caller.org(), clock.instant());
        List<PlanParty> discharged = p.record(change);
        if (newEpisode) {
            p.lvmStartedOn = effectiveOn;
            p.expectedDischargeOn = null;
        }
        if (institution != null) {
            p.institution = institution.name();
        }
        PlanDetails changed = plans.changed(p);
        events.placementChanged(p, change);
        discharged.forEach(party -> events.partyRemoved(p, party, PlanPartyChangedData.DISCHARGED));
        if (joining != null) {
            events.partyAdded(p, joining);
        }
        return changed;
    }
}
