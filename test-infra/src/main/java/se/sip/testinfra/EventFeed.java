package se.sip.testinfra;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.Topics;

/**
 * Publishes a CloudEvent to a topic of the test broker with a plain Kafka producer, shaped exactly as a service's
 * outbox relay sends it: structured JSON keyed by personRef, with the CloudEvents content-type header.
 */
public final class EventFeed {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private EventFeed() {
    }

    /**
     * An event as JSON with a fresh id, from the service that owns its type; {@code data} is one of the platform's
     * event data records (or a JSON tree). Publish it once or more to see what a redelivery does.
     */
    public static String event(String type, String personRef, Object subject, Object data) {
        try {
            return JSON.writeValueAsString(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                    "/sip/" + owner(type) + "-service", type, subject.toString(), OffsetDateTime.now(),
                    "application/json", personRef, JSON.valueToTree(data)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes an {@link #event} to the topic its type belongs to, keyed by personRef like every relay. */
    public static void publish(String personRef, String event) {
        String type;
        try {
            type = JSON.readTree(event).get("type").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a CloudEvent: " + e.getOriginalMessage(), e);
        }
        publish(switch (owner(type)) {
            case "consent" -> Topics.CONSENT;
            case "meeting" -> Topics.MEETING;
            default -> Topics.PLAN;
        }, personRef, event);
    }

    /** consent, meeting or plan: the second part of {@code se.sip.<owner>.<event>.v1}. */
    private static String owner(String type) {
        return type.split("\\.")[2];
    }

    public static void publish(String topic, String personRef, String event) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, InfrastructureResource.kafkaBootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, personRef, event);
            record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish an event to " + topic, e);
        }
    }
}
