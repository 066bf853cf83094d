package se.sip.meeting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.smallrye.common.annotation.Blocking;

import se.sip.platform.consent.ConsentProjection;
import se.sip.platform.inbox.IncomingEvents;

/**
 * Consent events from {@code sip.consent.v1} feed the local consent projection that meeting reads are checked
 * against, once per event. A consent's end cancels nothing here: which plans it leaves uncovered is plan-service's
 * judgement, and its closed event ({@link PlanEventsConsumer}) cancels those plans' meetings.
 */
@ApplicationScoped
public class ConsentEventsConsumer {

    private final ConsentProjection projection;
    private final IncomingEvents incoming;

    ConsentEventsConsumer(ConsentProjection projection, IncomingEvents incoming) {
        this.projection = projection;
        this.incoming = incoming;
    }

    @Incoming("consents")
    @Blocking
    @Transactional
    public void onConsentEvent(String payload) throws JsonProcessingException {
        incoming.receive("consents", payload, projection::apply);
    }
}
