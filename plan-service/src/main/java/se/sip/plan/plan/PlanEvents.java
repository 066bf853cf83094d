package se.sip.plan.plan;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.sip.platform.events.DeviationReportedData;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.LeadChangedData;
import se.sip.platform.events.PartyAccessEndedData;
import se.sip.platform.events.PlacementChangedData;
import se.sip.platform.events.PlanChangedData;
import se.sip.platform.events.PlanConsentReplacedData;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.events.PlanPartyChangedData;
import se.sip.platform.events.Topics;
import se.sip.platform.events.YouthOrderDeclinedData;
import se.sip.platform.outbox.Outbox;

/** Puts a plan's life-cycle change into the outbox, in the transaction that made it. */
@ApplicationScoped
class PlanEvents {

    private final Outbox outbox;

    PlanEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void created(Plan p) {
        publish(EventTypes.PLAN_CREATED, p);
    }

    void closed(Plan p) {
        publish(EventTypes.PLAN_CLOSED, p);
    }

    /** The parties named are those after the change: after a discharge, SiS no longer. */
    void placementChanged(Plan p, PlacementChange change) {
        outbox.publish(Topics.PLAN, p.personRef, EventTypes.PLACEMENT_CHANGED, p.id.toString(),
                new PlacementChangedData(p.personRef, p.id, change.type().name(), change.effectiveOn(), p.leadOrgId,
                        p.partyOrgIds(), p.eventParties()));
    }

    void deviationReported(Plan p, Deviation d) {
        outbox.publish(Topics.PLAN, p.personRef, EventTypes.DEVIATION_REPORTED, p.id.toString(),
                new DeviationReportedData(p.personRef, p.id, d.id(), d.actionId(), d.reportedByOrgId(), p.leadOrgId,
                        p.partyOrgIds()));
    }

    /** The unit's answer, to the lead: who, when; its reasons stay in the plan. */
    void youthOrderDeclined(Plan p, YouthOrderContact contact) {
        outbox.publish(Topics.PLAN, p.personRef, EventTypes.YOUTH_ORDER_DECLINED, p.id.toString(),
                new YouthOrderDeclinedData(p.personRef, p.id, p.leadOrgId, p.youthOrder.resourceUnitOrgId(),
                        contact.on()));
    }

    void consentReplaced(Plan p, UUID previousConsentId) {
        outbox.publish(Topics.PLAN, p.personRef, EventTypes.PLAN_CONSENT_REPLACED, p.id.toString(),
                new PlanConsentReplacedData(p.personRef, p.id, p.leadOrgId, p.partyOrgIds(), previousConsentId,
                        p.consentId));
    }

    void partyAccessEnded(Plan p, List<String> orgIds, UUID endedConsentId, ClosureReason why) {
        outbox.publish(Topics.PLAN, p.personRef, EventTypes.PLAN_PARTY_ACCESS_ENDED, p.id.toString(),
                new PartyAccessEndedData(p.personRef, p.id, p.leadOrgId, orgIds, endedConsentId, why.name()));
    }

    /** Which parts changed, never their values; the plan's version must be the one the commit keeps (flushed). */
    void changed(Plan p, List<String> parts) {
        outbox.publish(Topics.PLAN, p.personRef, EventTypes.PLAN_CHANGED, p.id.toString(),
                new PlanChangedData(p.personRef, p.id, p.version, parts, p.leadOrgId, p.partyOrgIds()));
    }

    /** The parties named are those after the change; as for {@link #changed}, the version must be flushed. */
    void partyAdded(Plan p, PlanParty added) {
        party(EventTypes.PLAN_PARTY_ADDED, p, added, null);
    }

    /** {@code cause} is {@link PlanPartyChangedData#REMOVED} or {@link PlanPartyChangedData#DISCHARGED}. */
    void partyRemoved(Plan p, PlanParty removed, String cause) {
        party(EventTypes.PLAN_PARTY_REMOVED, p, removed, cause);
    }

    void leadChanged(Plan p, String previousLeadOrgId) {
        outbox.publish(Topics.PLAN, p.personRef, EventTypes.PLAN_LEAD_CHANGED, p.id.toString(),
                new LeadChangedData(p.personRef, p.id, p.version, previousLeadOrgId, p.leadOrgId, p.partyOrgIds(),
                        p.eventParties()));
    }

    private void party(String type, Plan p, PlanParty party, String cause) {
        outbox.publish(Topics.PLAN, p.personRef, type, p.id.toString(),
                new PlanPartyChangedData(p.personRef, p.id, p.version, party.orgId(), party.orgType().name(), cause,
                        p.leadOrgId, p.partyOrgIds(), p.eventParties()));
    }

    private void publish(String type, Plan p) {
        outbox.publish(Topics.PLAN, p.personRef, type, p.id.toString(), new PlanEventData(p.personRef, p.id,
                p.kind.name(), p.status.name(), p.leadOrgId, p.partyOrgIds(), p.eventParties(),
                p.closureReason == null ? null : p.closureReason.name(), p.consentId));
    }
}
