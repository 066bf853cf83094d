package se.sip.meeting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import se.sip.meeting.plan.PlanProjection;
import se.sip.meeting.service.MeetingService;
import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.tracing.EventSpans;

/**
 * Plan events from {@code sip.plan.v1} feed the local plan projection that meetings are booked and read against, and
 * a plan closed because its consent ended cancels its future meetings: both once per event, in one transaction.
 * A failure rolls the change back and the event is retried (or parked on the dead-letter topic).
 */
@ApplicationScoped
public class PlanEventsConsumer {

    private final PlanProjection projection;
    private final MeetingService meetings;
    private final EventSpans spans;
    private final ObjectMapper json;

    PlanEventsConsumer(PlanProjection projection, MeetingService meetings, EventSpans spans, ObjectMapper json) {
        this.projection = projection;
        this.meetings = meetings;
        this.spans = spans;
        this.json = json;
    }

    @Incoming("plans")
    @Blocking
    @Transactional
    public void onPlanEvent(String payload) throws JsonProcessingException {
        CloudEvent event = json.readValue(payload, CloudEvent.class);
        spans.process("plans", event, () -> {
            if (projection.apply(event) && EventTypes.PLAN_CLOSED.equals(event.type())) {
                PlanEventData closed = json.convertValue(event.data(), PlanEventData.class);
                meetings.cancelForClosedPlan(closed.planId(), closed.closureReason());
            }
        });
    }
}
