package se.sip.meeting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.smallrye.common.annotation.Blocking;

import se.sip.meeting.meeting.MeetingService;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.inbox.IncomingEvents;
import se.sip.platform.plan.PlanProjection;

/**
 * Plan events from {@code sip.plan.v1} feed the local plan projection that meetings are booked and read against, and
 * a plan closed because its consent ended cancels its future meetings: both once per event, in one transaction.
 * A failure rolls the change back and the event is retried (or parked on the dead-letter topic).
 */
@ApplicationScoped
public class PlanEventsConsumer {

    private final PlanProjection projection;
    private final MeetingService meetings;
    private final IncomingEvents incoming;

    PlanEventsConsumer(PlanProjection projection, MeetingService meetings, IncomingEvents incoming) {
        this.projection = projection;
        this.meetings = meetings;
        this.incoming = incoming;
    }

    @Incoming("plans")
    @Blocking
    @Transactional
    public void onPlanEvent(String payload) throws JsonProcessingException {
        incoming.receive("plans", payload, event -> {
            if (projection.apply(event) && EventTypes.PLAN_CLOSED.equals(event.type())) {
                PlanEventData closed = incoming.data(event, PlanEventData.class);
                meetings.cancelForClosedPlan(closed.planId(), closed.closureReason());
            }
        });
    }
}
