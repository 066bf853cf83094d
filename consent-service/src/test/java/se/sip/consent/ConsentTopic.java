package se.sip.consent;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.events.Topics;
import se.sip.testinfra.TopicReader;

/** sip.consent.v1 on the real broker, as a partner reads it: the events about one consent. */
final class ConsentTopic {

    static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConsentTopic() {
    }

    /** Waits until exactly {@code count} events about the consent are on the topic, and stay so for a moment. */
    static List<ConsumerRecord<String, byte[]>> awaitEvents(String consentId, int count) {
        return await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(300)).during(Duration.ofSeconds(2))
                .until(() -> eventsAbout(consentId), list -> list.size() == count);
    }

    /** The types of the events about the consent once exactly {@code count} are there, in their order. */
    static List<String> awaitTypes(String consentId, int count) {
        return awaitEvents(consentId, count).stream().map(ConsentTopic::type).toList();
    }

    static List<ConsumerRecord<String, byte[]>> eventsAbout(String consentId) {
        return TopicReader.readAll(Topics.CONSENT).stream()
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains("\"subject\":\"" + consentId + "\""))
                .toList();
    }

    static String type(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value()).get("type").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
