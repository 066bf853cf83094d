package se.sip.testinfra;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One operation of a service's OpenAPI document that names the roles it allows, and how {@link AuthorizationMatrix}
 * calls it: with the values a {@link Home} names, and a value its schema accepts for every other required parameter,
 * so that the call reaches the security check.
 */
final class DocumentedOperation {

    private final String method;
    private final String path;
    private final JsonNode spec;
    private final JsonNode document;

    private DocumentedOperation(String method, String path, JsonNode spec, JsonNode document) {
        this.method = method.toUpperCase();
        this.path = path;
        this.spec = spec;
        this.document = document;
    }

    static List<DocumentedOperation> all(JsonNode document) {
        List<DocumentedOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> operations.add(
                    new DocumentedOperation(op.getKey(), path.getKey(), op.getValue(), document)));
        }
        return operations.stream().filter(op -> !op.roles().isEmpty()).toList();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    boolean isGet() {
        return "GET".equals(method);
    }

    /** The roles its {@code security} requirement names. */
    List<String> roles() {
        List<String> roles = new ArrayList<>();
        spec.path("security").forEach(requirement -> requirement.fields()
                .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        return roles;
    }

    /** Whether it addresses an object by an id in its path, rather than a collection (a list, a search, a creation). */
    boolean addressesAnObject() {
        return path.contains("{");
    }

    /** Whether it creates an object in a collection: no id in its path, and a 201. */
    boolean creates() {
        return !addressesAnObject() && spec.path("responses").has("201");
    }

    /** Its path parameters that {@code names} gives no value for and whose schema lists none (an enum). */
    List<String> unnamedPathParameters(Map<String, String> names) {
        List<String> unnamed = new ArrayList<>();
        for (JsonNode parameter : spec.path("parameters")) {
            String name = parameter.path("name").asText();
            if ("path".equals(parameter.path("in").asText()) && value(parameter, names) == null
                    && !schema(parameter.path("schema")).has("enum")) {
                unnamed.add("{" + name + "}");
            }
        }
        return unnamed;
    }

    /** The values {@code names} gives its path parameters: what its caller already knows. */
    List<String> pathValues(Map<String, String> names) {
        List<String> values = new ArrayList<>();
        for (JsonNode parameter : spec.path("parameters")) {
            String value = "path".equals(parameter.path("in").asText()) ? value(parameter, names) : null;
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /**
     * What {@code names} gives this parameter: a path parameter by the path up to it first ({@code
     * /api/v1/subscriptions/{id}}), for collections that name theirs alike, then any by its name.
     */
    private String value(JsonNode parameter, Map<String, String> names) {
        String name = parameter.path("name").asText();
        if ("path".equals(parameter.path("in").asText())) {
            String upToIt = path.substring(0, path.indexOf("{" + name + "}") + name.length() + 2);
            if (names.containsKey(upToIt)) {
                return names.get(upToIt);
            }
        }
        return names.get(name);
    }

    /** Calls it with this bearer token (none when null), giving every parameter and body member {@code names} has. */
    Response call(String bearer, Map<String, String> names) {
        RequestSpecification request = given().urlEncodingEnabled(true);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        String target = path;
        for (JsonNode parameter : spec.path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            String value = value(parameter, names);
            if (value == null && parameter.path("required").asBoolean()) {
                value = sample(schema(parameter.path("schema")), parameter.path("example"));
            }
            if (value == null) {
                continue;
            }
            switch (in) {
                case "path" -> target = target.replace("{" + name + "}", value);
                case "query" -> request.queryParam(name, value);
                case "header" -> request.header(name, value);
                default -> {
                }
            }
        }
        JsonNode content = spec.path("requestBody").path("content");
        if (content.isObject() && content.fieldNames().hasNext()) {
            String mediaType = content.fieldNames().next();
            // As bytes: REST Assured would encode a string in ISO-8859-1 for a media type it does not know as JSON.
            request.contentType(mediaType).body(body(content.path(mediaType), names).getBytes(StandardCharsets.UTF_8));
        }
        return request.request(method, target);
    }

    /** Its first example (an empty object without one), with the top-level members {@code names} has. */
    private String body(JsonNode media, Map<String, String> names) {
        JsonNode examples = media.path("examples");
        JsonNode example = examples.elements().hasNext() ? examples.elements().next().path("value")
                : JsonNodeFactory.instance.objectNode();
        if (!example.isObject()) {
            return example.isTextual() ? example.asText() : example.toString();
        }
        ObjectNode body = example.deepCopy();
        schema(media.path("schema")).path("properties").fieldNames().forEachRemaining(member -> {
            if (names.containsKey(member)) {
                body.put(member, names.get(member));
            }
        });
        return body.toString();
    }

    private JsonNode schema(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : schema;
    }

    /** A value a parameter of this schema accepts. */
    private static String sample(JsonNode schema, JsonNode example) {
        if (!example.isMissingNode() && !example.isNull()) {
            return example.asText();
        }
        if (schema.has("example")) {
            return schema.path("example").asText();
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        String type = schema.path("type").asText();
        if ("uuid".equals(schema.path("format").asText()) || type.isEmpty()) {
            return UUID.randomUUID().toString();
        }
        return Set.of("integer", "number").contains(type) ? "1" : "x";
    }
}
