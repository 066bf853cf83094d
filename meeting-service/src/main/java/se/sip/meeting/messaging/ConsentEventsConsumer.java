package se.sip.meeting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import se.sip.platform.consent.ConsentProjection;
import se.sip.platform.events.CloudEvent;
import se.sip.platform.tracing.EventSpans;

/**
 * Consent events from {@code sip.consent.v1} feed the local consent projection that meeting reads are checked
 * against, once per event. A consent's end cancels nothing here: which plans it leaves uncovered is plan-service's
 * judgement, and its closed event ({@link PlanEventsConsumer}) cancels those plans' meetings.
 */
@ApplicationScoped
public class ConsentEventsConsumer {

    private final ConsentProjection projection;
    private final EventSpans spans;
    private final ObjectMapper json;

    ConsentEventsConsumer(ConsentProjection projection, EventSpans spans, ObjectMapper json) {
        this.projection = projection;
        this.spans = spans;
        this.json = json;
    }

    @Incoming("consents")
    @Blocking
    @Transactional
    public void onConsentEvent(String payload) throws JsonProcessingException {
        CloudEvent event = json.readValue(payload, CloudEvent.class);
        spans.process("consents", event, () -> projection.apply(event));
    }
}
