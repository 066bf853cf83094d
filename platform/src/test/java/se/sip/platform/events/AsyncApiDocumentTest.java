package se.sip.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The AsyncAPI document against the code that publishes: every event type is a message of its topic's channel, every
 * payload record is a schema with exactly its fields, of their types, the envelope is the {@link CloudEvent} record,
 * and the Kafka bindings are the deployment's topics. The end-to-end suite checks real events against it; this finds
 * a forgotten type or field before anything runs.
 */
class AsyncApiDocumentTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNode DOC = read();
    /** The record components the CloudEvent writes only when tracing is on (it omits nulls). */
    private static final Set<String> TRACING = Set.of("traceparent", "tracestate");

    @Test
    void everyEventTypeIsAMessageOfItsTopicsChannelAndNothingElseIs() throws IllegalAccessException {
        Map<String, String> topicOfType = new TreeMap<>();
        for (String type : constants(EventTypes.class)) {
            topicOfType.put(type, "sip." + type.split("\\.")[2] + ".v1");
        }
        assertEquals(new TreeSet<>(constants(Topics.class)), new TreeSet<>(topicOfType.values()));

        Map<String, String> channelOfMessage = new TreeMap<>();
        DOC.path("channels").properties().forEach(channel -> {
            String address = channel.getValue().path("address").asText();
            assertEquals(address, channel.getValue().path("bindings").path("kafka").path("topic").asText(),
                    "the Kafka binding's topic of channel " + channel.getKey());
            channel.getValue().path("messages").forEach(ref -> {
                JsonNode message = resolve(ref);
                String name = message.path("name").asText();
                assertEquals(name, typeConst(message), "a message's name is its CloudEvent type: " + ref);
                assertNull(channelOfMessage.put(name, address), "one message per type: " + name);
            });
        });
        assertEquals(topicOfType, channelOfMessage,
                "each event type a message of the channel of its topic, and no other message");
    }

    @Test
    void everyChannelIsSentByItsServiceAndReceivedByPartnersWithAllItsMessages() {
        DOC.path("channels").properties().forEach(channel -> {
            Set<String> messages = messageNames(channel.getValue().path("messages"));
            Set<String> actions = new TreeSet<>();
            DOC.path("operations").forEach(op -> {
                if (op.path("channel").path("$ref").asText().equals("#/channels/" + channel.getKey())) {
                    actions.add(op.path("action").asText());
                    assertEquals(messages, messageNames(op.path("messages")), "the messages of " + op.path("title"));
                }
            });
            assertEquals(Set.of("receive", "send"), actions, "channel " + channel.getKey());
        });
    }

    @Test
    void everyPayloadRecordIsASchemaWithExactlyItsFieldsOfTheirTypes() throws IOException, URISyntaxException {
        List<Class<?>> records = dataRecords();
        assertFalse(records.isEmpty(), "no *Data record found beside EventTypes");
        Set<String> used = new HashSet<>();
        DOC.path("components").path("messages").forEach(message -> used.add(
                dataRef(message).replace("#/components/schemas/", "")));
        for (Class<?> record : records) {
            assertTrue(used.contains(record.getSimpleName()), record.getSimpleName() + " is the data of no message");
            JsonNode schema = DOC.path("components").path("schemas").path(record.getSimpleName());
            assertRecord(record, schema, Set.of());
        }
        assertEquals(records.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(used), "every message's data is one of the payload records");
    }

    @Test
    void theEnvelopeIsTheCloudEventRecordInStructuredMode() {
        JsonNode envelope = DOC.path("components").path("schemas").path("CloudEvent");
        assertRecord(CloudEvent.class, envelope, TRACING);
        assertEquals(CloudEvent.SPEC_VERSION, envelope.path("properties").path("specversion").path("const").asText());
        assertEquals(CloudEvent.STRUCTURED_CONTENT_TYPE, DOC.path("components").path("schemas").path("KafkaHeaders")
                .path("properties").path("content-type").path("const").asText());
        DOC.path("components").path("messages").forEach(message -> {
            assertEquals("#/components/schemas/KafkaHeaders", message.path("headers").path("$ref").asText());
            assertEquals("#/components/schemas/PersonRef",
                    resolve(message.path("bindings")).path("kafka").path("key").path("$ref").asText(),
                    "the Kafka key of " + message.path("name") + " is the personRef");
        });
    }

    @Test
    void theTopicBindingsAreTheDeploymentsTopics() throws IOException {
        Path topics = Path.of("..", "deploy", "k8s", "base", "kafka", "topics.yaml");
        Map<String, JsonNode> deployed = new LinkedHashMap<>();
        try (var parser = YAML.createParser(topics.toFile())) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(
                    topic -> deployed.put(topic.path("metadata").path("name").asText(), topic.path("spec")));
        }
        DOC.path("channels").forEach(channel -> {
            JsonNode binding = channel.path("bindings").path("kafka");
            JsonNode spec = deployed.get(channel.path("address").asText());
            String topic = channel.path("address").asText();
            assertTrue(spec != null, topic + " is no topic of " + topics);
            assertEquals(spec.path("partitions").asInt(), binding.path("partitions").asInt(), topic + "'s partitions");
            assertEquals(spec.path("config").path("retention.ms").asLong(),
                    binding.path("topicConfiguration").path("retention.ms").asLong(), topic + "'s retention");
            assertEquals(List.of(spec.path("config").path("cleanup.policy").asText()),
                    texts(binding.path("topicConfiguration").path("cleanup.policy")), topic + "'s cleanup policy");
        });
    }

    /** The schema has exactly the record's components as properties, all required but {@code optional}, typed alike. */
    private static void assertRecord(Class<?> record, JsonNode schema, Set<String> optional) {
        String where = record.getSimpleName();
        assertEquals("object", schema.path("type").asText(), where + " is an object schema");
        assertEquals(false, schema.path("additionalProperties").asBoolean(true), where + " lists every member");
        List<String> fields = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        assertEquals(new TreeSet<>(fields), keys(schema.path("properties")), where + "'s fields");
        assertEquals(fields.stream().filter(f -> !optional.contains(f)).collect(Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(texts(schema.path("required"))),
                where + ": every field is written (null when it has no value), so every one is required");
        for (RecordComponent component : record.getRecordComponents()) {
            assertType(where + "." + component.getName(), component.getGenericType(),
                    schema.path("properties").path(component.getName()));
        }
    }

    private static void assertType(String where, Type type, JsonNode property) {
        JsonNode schema = unwrap(property);
        Set<String> types = types(schema);
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            assertEquals(Set.of("array"), types, where);
            assertType(where + "[]", list.getActualTypeArguments()[0], schema.path("items"));
        } else if (type == int.class || type == long.class) {
            assertEquals(Set.of("integer"), types, where + " is an integer, never null");
        } else if (type == boolean.class) {
            assertEquals(Set.of("boolean"), types, where + " is a boolean, never null");
        } else if (type instanceof Class<?> c && c.isRecord()) {
            assertRecord(c, schema, Set.of());
        } else if (type == JsonNode.class) {
            assertEquals(Set.of("object"), types, where);
        } else {
            assertTrue(types.contains("string"), where + " is a string: " + types);
            String format = type == UUID.class ? "uuid" : type == LocalDate.class ? "date"
                    : type == OffsetDateTime.class ? "date-time" : null;
            // A String may have a format of its own (the envelope's id is a UUID written as text).
            if (format != null) {
                assertEquals(format, schema.path("format").asText(), where + "'s format");
            }
        }
    }

    /** A schema behind its {@code $ref}, or behind the one {@code allOf} that gives a reference a description. */
    private static JsonNode unwrap(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (!resolved.has("type") && resolved.path("allOf").size() == 1) {
            return unwrap(resolved.path("allOf").get(0));
        }
        return resolved;
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode at = node;
        while (at.has("$ref")) {
            String ref = at.path("$ref").asText();
            assertTrue(ref.startsWith("#/"), "only references inside the document: " + ref);
            at = DOC.at(ref.substring(1));
            assertFalse(at.isMissingNode(), ref + " points nowhere");
        }
        return at;
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isArray() ? new HashSet<>(texts(type)) : Set.of(type.asText());
    }

    /** The const of the message payload's {@code type}: the second part of its {@code allOf}. */
    private static String typeConst(JsonNode message) {
        return message.path("payload").path("allOf").path(1).path("properties").path("type").path("const").asText();
    }

    private static String dataRef(JsonNode message) {
        return message.path("payload").path("allOf").path(1).path("properties").path("data").path("$ref").asText();
    }

    /** The names of the messages that references (a channel's map, an operation's list) reach. */
    private static Set<String> messageNames(JsonNode refs) {
        return StreamSupport.stream(refs.spliterator(), false).map(r -> resolve(r).path("name").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> constants(Class<?> holder) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    /** The payload records beside EventTypes, named {@code *Data}, as the compiler wrote them. */
    private static List<Class<?>> dataRecords() throws IOException, URISyntaxException {
        Path dir = Path.of(EventTypes.class.getResource("EventTypes.class").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith("Data.class"))
                    .<Class<?>>map(f -> load(EventTypes.class.getPackageName() + "." + f.replace(".class", "")))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            Class<?> c = Class.forName(name);
            assertTrue(c.isRecord(), name + " is a record");
            return c;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read() {
        try {
            return YAML.readTree(AsyncApiDocument.read());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
