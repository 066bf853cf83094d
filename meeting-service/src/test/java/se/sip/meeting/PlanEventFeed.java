package se.sip.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.sip.platform.events.EventParty;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.PlacementChangedData;
import se.sip.platform.events.PlanConsentReplacedData;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.events.Topics;
import se.sip.testinfra.EventFeed;

/** Plan events as plan-service's outbox relay sends them to {@code sip.plan.v1}, with the platform's data records. */
final class PlanEventFeed {

    private PlanEventFeed() {
    }

    /** A plan life-cycle event as JSON naming no consent; publish it once or more with {@link #publish}. */
    static String event(String type, String personRef, UUID planId, String kind, String status, String leadOrgId,
            List<EventParty> parties) {
        return event(type, personRef, planId, kind, status, leadOrgId, parties, null, null);
    }

    /** A created event of an ACTIVE plan resting on {@code consentId}. */
    static String created(String personRef, UUID planId, String kind, String leadOrgId, List<EventParty> parties,
            UUID consentId) {
        return event(EventTypes.PLAN_CREATED, personRef, planId, kind, "ACTIVE", leadOrgId, parties, null, consentId);
    }

    /** A closed event, with plan-service's closure reason (e.g. CONSENT_EXPIRED, GOALS_MET). */
    static String closed(String personRef, UUID planId, String kind, String leadOrgId, List<EventParty> parties,
            String closureReason) {
        return event(EventTypes.PLAN_CLOSED, personRef, planId, kind, "CLOSED", leadOrgId, parties, closureReason,
                null);
    }

    /** The plan moved from the consent that ended to another one in force. */
    static String consentReplaced(String personRef, UUID planId, String leadOrgId, List<EventParty> parties,
            UUID previousConsentId, UUID consentId) {
        return EventFeed.event(EventTypes.PLAN_CONSENT_REPLACED, personRef, planId, new PlanConsentReplacedData(
                personRef, planId, leadOrgId, parties.stream().map(EventParty::orgId).toList(), previousConsentId,
                consentId));
    }

    private static String event(String type, String personRef, UUID planId, String kind, String status,
            String leadOrgId, List<EventParty> parties, String closureReason, UUID consentId) {
        return EventFeed.event(type, personRef, planId, new PlanEventData(personRef, planId, kind, status, leadOrgId,
                parties.stream().map(EventParty::orgId).toList(), parties, closureReason, consentId));
    }

    /** A placement change naming the parties after it (after DISCHARGED, without SiS). */
    static String placementChanged(String personRef, UUID planId, String placementType, String leadOrgId,
            List<EventParty> parties) {
        return EventFeed.event(EventTypes.PLACEMENT_CHANGED, personRef, planId, new PlacementChangedData(personRef, planId,
                placementType, LocalDate.now(), leadOrgId, parties.stream().map(EventParty::orgId).toList(),
                parties));
    }

    static void publish(String personRef, String event) {
        EventFeed.publish(Topics.PLAN, personRef, event);
    }
}
