package se.sip.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.testinfra.TopicReader;

/** The CloudEvents one person's changes put on a topic, read as a partner's plain Kafka consumer would. */
final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    /** Every event on the topic keyed by this personRef, in order. */
    static List<JsonNode> of(String topic, String personRef) {
        return TopicReader.readAll(topic).stream()
                .filter(r -> personRef.equals(r.key()))
                .map(r -> read(new String(r.value(), StandardCharsets.UTF_8)))
                .toList();
    }

    /** The raw texts, to check that no personal identity number travels. */
    static List<String> rawOf(String topic, String personRef) {
        return TopicReader.readAll(topic).stream()
                .filter(r -> personRef.equals(r.key()))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .toList();
    }

    static List<JsonNode> ofType(String topic, String personRef, String type) {
        return of(topic, personRef).stream().filter(e -> type.equals(e.path("type").asText())).toList();
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON on the topic: " + text, e);
        }
    }
}
