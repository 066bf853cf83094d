package se.sip.plan.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.tracing.EventSpans;

/**
 * Meeting events from {@code sip.meeting.v1} update the plan's meetings, once per event and in one transaction; a
 * failure rolls back and the event is retried, never acknowledged and forgotten.
 */
@ApplicationScoped
public class MeetingEventsConsumer {

    private final MeetingProjection projection;
    private final EventSpans spans;
    private final ObjectMapper json;

    MeetingEventsConsumer(MeetingProjection projection, EventSpans spans, ObjectMapper json) {
        this.projection = projection;
        this.spans = spans;
        this.json = json;
    }

    @Incoming("meetings")
    @Blocking
    @Transactional
    public void onMeetingEvent(String payload) throws JsonProcessingException {
        CloudEvent event = json.readValue(payload, CloudEvent.class);
        spans.process("meetings", event, () -> projection.apply(event));
    }
}
