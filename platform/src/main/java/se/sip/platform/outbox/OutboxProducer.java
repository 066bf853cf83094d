package se.sip.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.tracing.TraceContext;

/**
 * The relay's Kafka producer: every record acknowledged by all in-sync replicas, idempotent so that the producer's
 * own retries never duplicate or reorder a partition.
 */
@ApplicationScoped
public class OutboxProducer {

    private final KafkaProducer<String, String> producer;
    private final ObjectMapper json;

    OutboxProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, OutboxConfig config,
            ObjectMapper json) {
        this.json = json;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // Set explicitly: a conflicting setting would otherwise turn idempotence off without a word.
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        int timeoutMs = (int) config.sendTimeout().toMillis();
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 10_000));
        // While the broker is away, fail the round quickly instead of blocking the relay for a minute.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeoutMs, 5_000));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    Future<RecordMetadata> send(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.eventKey, event.payload);
        record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        // The event's trace context also as W3C Kafka headers, where Kafka tooling and instrumentation look for it.
        JsonNode payload = read(event.payload);
        for (String header : List.of(TraceContext.TRACEPARENT, TraceContext.TRACESTATE)) {
            if (payload.hasNonNull(header)) {
                record.headers().add(header, payload.get(header).asText().getBytes(StandardCharsets.UTF_8));
            }
        }
        return producer.send(record);
    }

    private JsonNode read(String payload) {
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outbox event is not JSON", e);
        }
    }

    void flush() {
        producer.flush();
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
