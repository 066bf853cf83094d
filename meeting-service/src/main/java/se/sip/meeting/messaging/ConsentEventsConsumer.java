package se.sip.meeting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import se.sip.platform.consent.ConsentProjection;
import se.sip.platform.events.CloudEvent;

/**
 * Consent events from {@code sip.consent.v1} feed the local consent projection that meeting reads are checked
 * against, once per event.
 */
@ApplicationScoped
public class ConsentEventsConsumer {

    private final ConsentProjection projection;
    private final ObjectMapper json;

    ConsentEventsConsumer(ConsentProjection projection, ObjectMapper json) {
        this.projection = projection;
        this.json = json;
    }

    @Incoming("consents")
    @Blocking
    @Transactional
    public void onConsentEvent(String payload) throws JsonProcessingException {
        projection.apply(json.readValue(payload, CloudEvent.class));
    }
}
