package se.sip.plan.plan;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;

/**
 * Changes a plan's lead (huvudansvarig). The lead may change (docs/domain.md, the SIP template) but is always one of the
 * parties, and each change is kept with the plan and announced ({@code se.sip.plan.lead-changed.v1}).
 */
@ApplicationScoped
public class LeadService {

    private final PlanRepository plans;
    private final PlanLocks locks;
    private final SharingConsent sharingConsent;
    private final PlanService planService;
    private final PlanEvents events;
    private final Clock clock;

    LeadService(PlanRepository plans, PlanLocks locks, SharingConsent sharingConsent, PlanService planService,
            PlanEvents events, Clock clock) {
        this.plans = plans;
        this.locks = locks;
        this.sharingConsent = sharingConsent;
        this.planService = planService;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Hands the lead to the party {@code orgId}, named {@code name} in the plan (the party's name when blank or null).
     * If-Match is required: the lead decides who follows the plan up, and must not change behind a party's back.
     * Naming the current lead again changes nothing (the call is idempotent). A new lead must be one a consent in
     * force shares the person's information with, asked of consent-service now; the plan then rests on that consent.
     */
    @Transactional
    public PlanDetails change(Caller caller, UUID planId, String orgId, String name, String ifMatch) {
        Plan p = locks.forChange(caller, planId);
        Versions.requirePresentMatch(ifMatch, p.version);
        p.requireActive();
        if (!p.hasParty(caller.org())) {
            throw ProblemException.forbidden("Only a party of the plan may change its lead.");
        }
        PlanParty to = p.party(orgId).orElseThrow(() -> ProblemException.ruleViolation(
                "The lead (huvudansvarig) must be one of the plan's parties " + p.partyOrgIds() + "."));
        if (to.orgId().equals(p.leadOrgId)) {
            return plans.changed(p);
        }
        UUID consentId = sharingConsent.require(caller, PersonalIdentityNumber.parse(p.personId), to.orgId(),
                List.of(to.orgId()), "so the lead was not changed");
        String previous = p.leadOrgId;
        p.changeLead(to, name == null || name.isBlank() ? to.name() : name, caller.org(), caller.subject(),
                clock.instant());
        planService.restOn(p, consentId);
        PlanDetails changed = plans.changed(p);
        events.leadChanged(p, previous);
        return changed;
    }
}
