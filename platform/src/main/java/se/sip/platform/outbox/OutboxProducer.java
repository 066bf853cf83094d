package se.sip.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Identifier;

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

    OutboxProducer(@Identifier("default-kafka-broker") Map<String, Object> kafka, OutboxConfig config,
            ObjectMapper json) {
        this.json = json;
        this.producer = new KafkaProducer<>(settings(kafka, config.sendTimeout()), new StringSerializer(),
                new StringSerializer());
    }

    /**
     * The connection every Kafka client of the service shares ({@code kafka.*}, e.g. {@code KAFKA_BOOTSTRAP_SERVERS},
     * {@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_JAAS_CONFIG}: a broker with authentication and ACLs), then
     * the relay's own guarantees, which no configuration can weaken.
     */
    static Properties settings(Map<String, Object> kafka, Duration sendTimeout) {
        Properties props = new Properties();
        kafka.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key) && !key.endsWith(".serializer")) {
                props.put(key, value);
            }
        });
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // Set explicitly: a conflicting setting would otherwise turn idempotence off without a word.
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        int timeoutMs = (int) sendTimeout.toMillis();
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 10_000));
        // While the broker is away, fail the round quickly instead of blocking the relay for a minute.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeoutMs, 5_000));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return props;
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
