package se.sip.meeting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import se.sip.meeting.service.MeetingService;
import se.sip.platform.consent.ConsentProjection;
import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.EventTypes;
import se.sip.platform.tracing.EventSpans;

/**
 * Consent events from {@code sip.consent.v1} feed the local consent projection that meeting reads are checked
 * against, and a withdrawal cancels the person's future meetings. Both happen once per event, in one transaction.
 */
@ApplicationScoped
public class ConsentEventsConsumer {

    private final ConsentProjection projection;
    private final MeetingService meetings;
    private final EventSpans spans;
    private final ObjectMapper json;

    ConsentEventsConsumer(ConsentProjection projection, MeetingService meetings, EventSpans spans,
            ObjectMapper json) {
        this.projection = projection;
        this.meetings = meetings;
        this.spans = spans;
        this.json = json;
    }

    @Incoming("consents")
    @Blocking
    @Transactional
    public void onConsentEvent(String payload) throws JsonProcessingException {
        CloudEvent event = json.readValue(payload, CloudEvent.class);
        spans.process("consents", event, () -> {
            if (projection.apply(event) && EventTypes.CONSENT_WITHDRAWN.equals(event.type())) {
                meetings.cancelForWithdrawnConsent(event.personref());
            }
        });
    }
}
