package se.sip.testinfra;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * A fuzz run generated from the service's own OpenAPI document, with values from jqwik's generators: each operation
 * in turn gets a body that breaks its schema (a wrong type, a field dropped or nulled, a huge or odd text, broken or
 * deeply nested JSON), odd path and query values, as a caller its roles allow. No answer may be a 5xx, none may show a
 * stack trace, none refusing a request may quote the personal identity number it carried, and the service must answer
 * as before afterwards. The choices are seeded; the odd texts are a pool jqwik samples anew each run (its generators
 * outside its own engine), so a failure names the request that caused it. A service's test extends this with
 * {@code @QuarkusTest} and the {@link InfrastructureResource}.
 */
public abstract class OpenApiFuzz {

    private static final int REQUESTS = 2_000;
    private static final long SEED = 20261206L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Written as the JSON escape of a lone surrogate, which a Java string cannot carry through a JSON writer. */
    private static final String LONE_SURROGATE = "@@lone-surrogate@@";

    private static final Arbitrary<String> ODD_TEXT = Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(200),
            Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(20),
            Arbitraries.strings().withChars('x').ofLength(25_000),
            Arbitraries.of("", " ", "\u202eevil", "\u200b", "\ud83d\ude00", LONE_SURROGATE, "'; drop table plan; --",
                    "<script>alert(1)</script>", "../../etc/passwd", "%00", "${jndi:ldap://x/a}", "1e309", "-1",
                    "9999999999999999999999", "null", "true", "2026-02-30", "0000-00-00T25:61:61Z"));

    private record Operation(String method, String path, JsonNode spec, String role) {
    }

    /** The run's seeded choices, and the pool of odd texts to choose from. */
    private record Values(Random random, List<String> pool) {

        String odd() {
            return pool.get(random.nextInt(pool.size()));
        }
    }

    /** What the last request sent, for the message of a failure. */
    private final ThreadLocal<String> sent = ThreadLocal.withInitial(() -> "");

    @Test
    void twoThousandMalformedRequestsGetNoServerErrorNoStackTraceAndNoNumberBack() throws Exception {
        JsonNode document = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract()
                .asString());
        List<Operation> operations = operations(document);
        assertTrue(!operations.isEmpty(), "no operation with roles in the OpenAPI document");
        Random random = new Random(SEED);
        List<String> pool = ODD_TEXT.sampleStream().limit(400).toList();
        String person = TestPersons.next();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < REQUESTS; n++) {
            Operation op = operations.get(n % operations.size());
            Response response = call(op, n, person, new Values(random, pool));
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String body = response.asString();
            String where = "#" + n + " " + op.method().toUpperCase() + " " + op.path() + " -> " + status;
            if (status >= 500) {
                failures.add(where + ": " + abbreviate(body) + " (sent " + abbreviate(sent.get()) + ")");
            }
            if (body.contains("\tat ") || body.contains("Exception") || body.contains("at se.sip.")) {
                failures.add(where + ": shows a stack trace or an exception");
            }
            if (status >= 400 && (body.contains(person) || body.contains(TestPersons.withHyphen(person)))) {
                failures.add(where + ": quotes the personal identity number it refused");
            }
        }
        String summary = "Fuzz run: " + REQUESTS + " requests over " + operations.size() + " operations, by status "
                + statuses;
        System.out.println(summary);
        given().get("/q/health/ready").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("aud-1", "kommun-0583", "MUNICIPALITY", "auditor"))
                .get("/api/v1/access-log").then().statusCode(200);
        assertTrue(failures.isEmpty(), summary + "\n" + String.join("\n", failures.subList(0,
                Math.min(40, failures.size()))));
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                JsonNode roles = op.getValue().path("security").path(0).elements().hasNext()
                        ? op.getValue().path("security").path(0).elements().next() : NODES.arrayNode();
                if (!roles.isEmpty()) {
                    operations.add(new Operation(op.getKey(), path.getKey(), op.getValue(), roles.get(0).asText()));
                }
            });
        }
        return operations;
    }

    private Response call(Operation op, int n, String person, Values values) {
        Random random = values.random();
        // Many callers in several organisations, so that the rate limits (per caller and organisation) do not
        // answer in the validation's place.
        // Values are encoded here, so that a brace in one is not taken for a path template.
        RequestSpecification request = given().urlEncodingEnabled(false).header("Authorization",
                Tokens.bearer("fuzz-" + n % 97, "kommun-fuzz-" + n % 13, "MUNICIPALITY", op.role()));
        String path = op.path();
        for (JsonNode parameter : op.spec().path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            // The huge texts go into bodies; a URL or a header longer than the server reads is cut off at the socket.
            String odd = values.odd();
            String value = random.nextInt(4) == 0 ? person : odd.substring(0, Math.min(odd.length(), 2_000));
            if ("path".equals(in)) {
                path = path.replace("{" + name + "}", random.nextBoolean() ? UUID.randomUUID().toString()
                        : encoded(value));
            } else if ("query".equals(in) && (parameter.path("required").asBoolean() || random.nextBoolean())) {
                request.queryParam(name, encoded(value));
            } else if ("header".equals(in) && random.nextBoolean()) {
                request.header(name, value.replaceAll("[\\r\\n]", " "));
            }
        }
        JsonNode content = op.spec().path("requestBody").path("content");
        if (content.isObject() && content.fieldNames().hasNext()) {
            String mediaType = content.fieldNames().next();
            JsonNode examples = content.path(mediaType).path("examples");
            JsonNode example = examples.isObject() && examples.elements().hasNext()
                    ? examples.elements().next().path("value") : NODES.objectNode();
            String body = malformed(example, person, values);
            sent.set(path + " " + body);
            request.contentType(mediaType).body(body);
        } else {
            sent.set(path);
        }
        return request.request(op.method().toUpperCase(), path);
    }

    /** The example broken one way or another. */
    private static String malformed(JsonNode example, String person, Values values) {
        JsonNode body = example.isTextual() ? parse(example.asText()) : example.deepCopy();
        switch (values.random().nextInt(8)) {
            case 0:
                return "{\"broken\": [" + values.odd().replace("\"", "");
            case 1:
                return "[".repeat(2_000) + "]".repeat(2_000);
            case 2:
                return JSON.valueToTree(values.odd()).toString();
            default:
                for (int edits = 1 + values.random().nextInt(3); edits > 0; edits--) {
                    mutate(body, person, values);
                }
                return body.toString().replace(LONE_SURROGATE, "\\ud800");
        }
    }

    private static void mutate(JsonNode node, String person, Values values) {
        Random random = values.random();
        if (!(node instanceof ObjectNode object) || object.isEmpty()) {
            if (node instanceof ObjectNode empty) {
                empty.put(values.odd(), values.odd());
            }
            return;
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        JsonNode value = object.get(name);
        if (value.isObject() && random.nextBoolean()) {
            mutate(value, person, values);
            return;
        }
        switch (random.nextInt(7)) {
            case 0 -> object.remove(name);
            case 1 -> object.putNull(name);
            case 2 -> object.put(name, values.odd());
            case 3 -> object.put(name, random.nextBoolean() ? random.nextLong() : -1);
            case 4 -> object.set(name, value.isArray() ? NODES.objectNode() : wrapped(value));
            case 5 -> object.put(name, person);
            default -> object.put("personId", random.nextBoolean() ? person : values.odd());
        }
    }

    private static ArrayNode wrapped(JsonNode value) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < 50; i++) {
            array.add(value.deepCopy());
        }
        return array;
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            return NODES.objectNode();
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
