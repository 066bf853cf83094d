package se.sip.notification.routing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.sip.platform.consent.ConsentCoverage;
import se.sip.platform.consent.ConsentProjection;
import se.sip.platform.consent.ConsentPurposes;
import se.sip.platform.consent.ConsentScope;
import se.sip.platform.plan.PlanProjection;
import se.sip.platform.plan.PlanSnapshot;

/**
 * Whom the projections add to what an event names: a plan's readers, lead and parties, and the leads of the plans
 * resting on a consent. Shared by the notices of every kind, which ask before the event updates the projections.
 */
final class Recipients {

    private final PlanProjection plans;
    private final ConsentProjection consents;
    private final Clock clock;

    Recipients(PlanProjection plans, ConsentProjection consents, Clock clock) {
        this.plans = plans;
        this.consents = consents;
        this.clock = clock;
    }

    /**
     * Who is told what the plan now says: the lead, which keeps its access, and the parties a consent in force still
     * shares the person's information with. A party whose last covering consent ended keeps its place in the plan but
     * hears no more of its content. Until this service has heard of any consent of the person (the consent topic may
     * lag the plan topic), the parties are those plan-service checked with consent-service when the plan started.
     */
    Set<String> readers(String personRef, UUID planId, List<String> partyOrgIds, String leadOrgId) {
        Set<String> orgs = OrgIds.union(partyOrgIds, parties(planId));
        List<ConsentScope> known = consents.ofPerson(personRef);
        if (!known.isEmpty()) {
            LocalDate today = LocalDate.now(clock);
            orgs.removeIf(org -> !ConsentCoverage.covers(known, org, ConsentPurposes.SHARE_INFORMATION, today));
        }
        OrgIds.addLead(orgs, leadOrgId);
        return orgs;
    }

    /** The lead the event names, else the one the projection knows: none when neither does. */
    Set<String> lead(String named, UUID planId) {
        String lead = named != null ? named : plans.find(planId).map(PlanSnapshot::leadOrgId).orElse(null);
        return lead == null ? Set.of() : Set.of(lead);
    }

    Set<String> parties(UUID planId) {
        return plans.find(planId).map(PlanSnapshot::partyOrgIds).orElse(Set.of());
    }

    /** The leads of the open plans resting on the consent. */
    Set<String> leadsOfActivePlansOn(UUID consentId) {
        return plans.leadsOfActivePlansOn(consentId);
    }
}
