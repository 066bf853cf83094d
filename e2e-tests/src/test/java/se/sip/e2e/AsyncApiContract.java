package se.sip.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * An AsyncAPI 3 document as a partner's consumer reads it, and a Kafka record checked against it with an
 * independent JSON Schema validator: the record's topic is a channel's address, its CloudEvent {@code type} the name
 * of one of that channel's messages, its value valid against the message's payload, its headers against the
 * message's headers and its key against the message's Kafka key. AsyncAPI's default schema format is a superset of
 * JSON Schema draft 7, validated as draft 7 with formats asserted.
 */
final class AsyncApiContract {

    /** Where the validator finds the document: its references are resolved inside it, never fetched. */
    private static final String DOCUMENT_IRI = "urn:sip:asyncapi";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new HashMap<>();

    AsyncApiContract(String yaml) {
        try {
            this.document = new YAMLMapper().readTree(yaml);
            // The validator reads the root as a schema: give it only the parts where schemas and messages live, not
            // the document's own fields (its `id` is a keyword of older drafts).
            ObjectNode schemaParts = JsonNodeFactory.instance.objectNode();
            schemaParts.set("channels", document.path("channels"));
            schemaParts.set("components", document.path("components"));
            String json = JSON.writeValueAsString(schemaParts);
            this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, registry -> registry
                    .schemas(Map.of(DOCUMENT_IRI, json))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of the document's messages: its name (the CloudEvent type), its channel's topic, where it is. */
    record Message(String name, String topic, String pointer) {
    }

    /** Every message of every channel, as the channels reach them. */
    List<Message> messages() {
        List<Message> messages = new ArrayList<>();
        document.path("channels").properties().forEach(channel -> channel.getValue().path("messages").properties()
                .forEach(entry -> {
                    String pointer = target("/channels/" + channel.getKey() + "/messages/" + entry.getKey());
                    messages.add(new Message(document.at(pointer).path("name").asText(),
                            channel.getValue().path("address").asText(), pointer));
                }));
        return messages;
    }

    /** The message of this CloudEvent type on this topic. */
    Optional<Message> message(String topic, String type) {
        return messages().stream().filter(m -> m.topic().equals(topic) && m.name().equals(type)).findFirst();
    }

    /** The CloudEvent type of a record, or what it is instead. */
    static String typeOf(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value()).path("type").asText("(no type)");
        } catch (IOException e) {
            return "(not JSON)";
        }
    }

    /** What is wrong with a record read from {@code topic}; empty when the document describes it. */
    List<String> problems(String topic, ConsumerRecord<String, byte[]> record) {
        List<String> problems = new ArrayList<>();
        JsonNode event;
        try {
            event = JSON.readTree(record.value());
        } catch (IOException e) {
            return List.of("the value is not JSON: " + e.getMessage());
        }
        String type = event.path("type").asText();
        Optional<Message> found = message(topic, type);
        if (found.isEmpty()) {
            return List.of("type '" + type + "' is no message of the channel " + topic + " in the document");
        }
        String pointer = found.get().pointer();
        problems.addAll(errors("value", pointer + "/payload", event));
        problems.addAll(errors("headers", pointer + "/headers", headers(record, problems)));
        String keyPointer = target(pointer + "/bindings") + "/kafka/key";
        JsonNode key = record.key() == null ? JsonNodeFactory.instance.nullNode()
                : JsonNodeFactory.instance.textNode(record.key());
        problems.addAll(errors("key", keyPointer, key));
        // What a schema cannot say: the key, the envelope's personref and the data's personRef are the one person.
        if (record.key() != null && !record.key().equals(event.path("personref").asText())) {
            problems.add("key: not the event's personref");
        }
        if (event.path("data").has("personRef")
                && !event.path("personref").asText().equals(event.path("data").path("personRef").asText())) {
            problems.add("data.personRef: not the event's personref");
        }
        return problems;
    }

    /** The problems of each example of each message, against the message's own schemas. */
    List<String> exampleProblems() {
        List<String> problems = new ArrayList<>();
        for (Message message : messages()) {
            JsonNode examples = document.at(message.pointer()).path("examples");
            for (int i = 0; i < examples.size(); i++) {
                JsonNode example = examples.get(i);
                String where = message.name() + " example " + i + " ";
                if (example.has("payload")) {
                    errors("payload", message.pointer() + "/payload", example.path("payload"))
                            .forEach(p -> problems.add(where + p));
                }
                if (example.has("headers")) {
                    errors("headers", message.pointer() + "/headers", example.path("headers"))
                            .forEach(p -> problems.add(where + p));
                }
            }
        }
        return problems;
    }

    private List<String> errors(String what, String pointer, JsonNode instance) {
        Schema schema = schemas.computeIfAbsent(pointer,
                p -> registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p)));
        return schema.validate(instance).stream().map(Error::toString).map(e -> what + ": " + e).toList();
    }

    /** Where a reference at {@code pointer} leads in the document, following references; the pointer otherwise. */
    private String target(String pointer) {
        String at = pointer;
        JsonNode node = document.at(at);
        while (node.has("$ref")) {
            String ref = node.path("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("A reference outside the document: " + ref);
            }
            at = ref.substring(1);
            node = document.at(at);
        }
        if (node.isMissingNode()) {
            throw new IllegalStateException(pointer + " leads nowhere in the document");
        }
        return at;
    }

    /** The record's headers as the object a message's headers schema describes; a header twice is a problem. */
    private static JsonNode headers(ConsumerRecord<String, byte[]> record, List<String> problems) {
        ObjectNode headers = JsonNodeFactory.instance.objectNode();
        for (Header header : record.headers()) {
            if (headers.has(header.key())) {
                problems.add("headers: " + header.key() + " more than once");
            }
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
