package se.sip.notification.routing;

import java.util.Set;

import se.sip.platform.events.ConsentEventData;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.PartyAccessEndedData;
import se.sip.platform.events.PlanConsentReplacedData;

/**
 * The notices about consents: one that ended or is about to, and what plan-service says the end of one did to a plan
 * (its consent replaced, a party's access ended).
 */
final class ConsentNotices {

    private final Recipients recipients;

    ConsentNotices(Recipients recipients) {
        this.recipients = recipients;
    }

    /**
     * Only the organisations the consent names and the one that recorded it: what the end of a consent does to a plan
     * plan-service decides and says with its own events (consent-replaced, party-access-ended, closed), so a consent
     * that does not name a party of the person's plan tells that party nothing.
     */
    Notice ended(String type, ConsentEventData d) {
        Set<String> orgs = OrgIds.union(d.partyOrgIds(), Set.of());
        if (d.recordedByOrg() != null) {
            orgs.add(d.recordedByOrg());
        }
        String link = "/api/v1/consents/" + d.consentId();
        if (EventTypes.CONSENT_WITHDRAWN.equals(type)) {
            return new Notice(orgs, link,
                    "Samtycket har återkallats. Dela inte längre information om personen med stöd av det.",
                    "Consent was withdrawn. Share no more information about the person under it.");
        }
        return new Notice(orgs, link,
                "Samtyckets giltighetstid har gått ut. Dela inte längre information om personen med stöd av det.",
                "The consent's validity has run out. Share no more information about the person under it.");
    }

    /** The leads of the open plans resting on the consent, so that a new consent is asked for in time. */
    Notice expiring(ConsentEventData d) {
        // validUntil is the last day the consent applies.
        String sv = d.validUntil() == null ? "upphör snart att gälla" : "gäller till och med " + d.validUntil();
        String en = d.validUntil() == null ? "ends soon" : "ends on " + d.validUntil() + ", its last valid day";
        return new Notice(recipients.leadsOfActivePlansOn(d.consentId()), "/api/v1/consents/" + d.consentId(),
                "Samtycket som planen vilar på " + sv + ". Ett nytt samtycke behövs för att planen ska fortsätta.",
                "The consent the plan rests on " + en + ". A new consent is needed to continue the plan.");
    }

    Notice replaced(PlanConsentReplacedData d) {
        Set<String> lead = recipients.lead(d.leadOrgId(), d.planId());
        return new Notice(lead, "/api/v1/plans/" + d.planId(),
                "Samtycket som planen vilade på har upphört. Planen fortsätter med stöd av ett annat gällande"
                        + " samtycke.",
                "The consent the plan rested on has ended. The plan continues on another consent in force.");
    }

    /** Exactly the parties that lost access: the others, the lead too, still read the plan as before. */
    Notice accessEnded(PartyAccessEndedData d) {
        return new Notice(OrgIds.union(d.orgIds(), Set.of()), "/api/v1/plans/" + d.planId(),
                "Ni har inte längre åtkomst till planen: inget gällande samtycke omfattar er. Ni är kvar som part.",
                "You no longer have access to the plan: no consent in force covers you. You remain a party.");
    }
}
