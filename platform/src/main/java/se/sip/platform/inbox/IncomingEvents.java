package se.sip.platform.inbox;

import java.util.function.Consumer;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.tracing.EventSpans;

/**
 * How every Kafka consumer takes an event in: the payload read as a CloudEvent, handled in the span of the trace it
 * was published in ({@link EventSpans}), and, where the consumer asks, once per event id ({@link ProcessedEvents}).
 * The consumer's method is {@code @Transactional}, so the handler's effect, the inbox record and any outbox event
 * commit together or not at all. A payload that is not a CloudEvent throws, and the channel's failure strategy
 * (retry, then the dead-letter topic) takes over.
 */
@ApplicationScoped
public class IncomingEvents {

    private final ProcessedEvents processed;
    private final EventSpans spans;
    private final ObjectMapper json;

    IncomingEvents(ProcessedEvents processed, EventSpans spans, ObjectMapper json) {
        this.processed = processed;
        this.spans = spans;
        this.json = json;
    }

    /** Runs {@code handler} on every delivery: for handlers that are idempotent by themselves. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(String channel, String payload, Consumer<CloudEvent> handler)
            throws JsonProcessingException {
        CloudEvent event = read(payload);
        spans.process(channel, event, () -> handler.accept(event));
    }

    /** Runs {@code handler} on the first delivery of each event to {@code consumer}; redeliveries do nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receiveOnce(String channel, String consumer, String payload, Consumer<CloudEvent> handler)
            throws JsonProcessingException {
        receiveOnce(channel, consumer, payload, type -> true, handler);
    }

    /**
     * As {@link #receiveOnce(String, String, String, Consumer)}, for the event types {@code wanted} only: others are
     * passed over without a span or an inbox record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receiveOnce(String channel, String consumer, String payload, Predicate<String> wanted,
            Consumer<CloudEvent> handler) throws JsonProcessingException {
        CloudEvent event = read(payload);
        if (!wanted.test(event.type())) {
            return;
        }
        spans.process(channel, event, () -> {
            if (processed.firstDelivery(consumer, event.id())) {
                handler.accept(event);
            }
        });
    }

    /** The event's data as {@code type}. */
    public <T> T data(CloudEvent event, Class<T> type) {
        return json.convertValue(event.data(), type);
    }

    private CloudEvent read(String payload) throws JsonProcessingException {
        return json.readValue(payload, CloudEvent.class);
    }
}
