package se.sip.plan.version;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MinutesEventData;
import se.sip.platform.inbox.ProcessedEvents;
import se.sip.platform.tracing.EventSpans;

/**
 * Meeting events from {@code sip.meeting.v1} on a channel of their own: only approved minutes matter here, and each
 * one agrees a version of its plan once, in one transaction with its record in the inbox and its outbox event. Other
 * meeting events are passed over without a trace.
 */
@ApplicationScoped
public class MinutesApprovedConsumer {

    static final String CONSUMER = "agreed-versions";

    private final AgreedVersionService versions;
    private final ProcessedEvents processed;
    private final EventSpans spans;
    private final ObjectMapper json;

    MinutesApprovedConsumer(AgreedVersionService versions, ProcessedEvents processed, EventSpans spans,
            ObjectMapper json) {
        this.versions = versions;
        this.processed = processed;
        this.spans = spans;
        this.json = json;
    }

    @Incoming("agreed-minutes")
    @Blocking
    @Transactional
    public void onMeetingEvent(String payload) throws JsonProcessingException {
        CloudEvent event = json.readValue(payload, CloudEvent.class);
        if (EventTypes.MINUTES_APPROVED.equals(event.type())) {
            spans.process("agreed-minutes", event, () -> {
                if (processed.firstDelivery(CONSUMER, event.id())) {
                    versions.agree(json.convertValue(event.data(), MinutesEventData.class));
                }
            });
        }
    }
}
