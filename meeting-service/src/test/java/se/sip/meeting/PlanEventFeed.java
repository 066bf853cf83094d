package se.sip.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.sip.platform.events.EventParty;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.PlacementChangedData;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.events.Topics;
import se.sip.testinfra.EventFeed;

/** Plan events as plan-service's outbox relay sends them to {@code sip.plan.v1}, with the platform's data records. */
final class PlanEventFeed {

    private PlanEventFeed() {
    }

    /** A plan life-cycle event as JSON; publish it once or more with {@link #publish}. */
    static String event(String type, String personRef, UUID planId, String kind, String status, String leadOrgId,
            List<EventParty> parties) {
        return EventFeed.event(type, personRef, planId, new PlanEventData(personRef, planId, kind, status, leadOrgId,
                parties.stream().map(EventParty::orgId).toList(), parties, null));
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
