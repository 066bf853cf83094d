package se.sip.plan;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.Topics;
import se.sip.testinfra.InfrastructureResource;

/**
 * Publishes consent events to {@code sip.consent.v1} with a plain Kafka producer, shaped exactly as consent-service's
 * outbox relay sends them: structured CloudEvents keyed by personRef, with the CloudEvents content-type header.
 */
final class ConsentEventFeed {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConsentEventFeed() {
    }

    /** A consent event as JSON; publish it once or more with {@link #publish}. */
    static String event(String type, String personRef, String consentId, String status, List<String> purposes,
            List<String> partyOrgIds, String recordedByOrg) {
        ObjectNode data = JSON.createObjectNode()
                .put("personRef", personRef)
                .put("consentId", consentId)
                .put("status", status)
                .put("recordedByOrg", recordedByOrg)
                .put("validFrom", "2024-01-01")
                .putNull("validUntil");
        data.putPOJO("purposes", purposes);
        data.putPOJO("partyOrgIds", partyOrgIds);
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", CloudEvent.SPEC_VERSION)
                .put("id", UUID.randomUUID().toString())
                .put("source", "/sip/consent-service")
                .put("type", type)
                .put("subject", consentId)
                .put("time", OffsetDateTime.now().toString())
                .put("datacontenttype", "application/json")
                .put("personref", personRef);
        event.set("data", data);
        return event.toString();
    }

    static void publish(String personRef, String event) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, InfrastructureResource.kafkaBootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.CONSENT, personRef, event);
            record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish a consent event", e);
        }
    }
}
