package se.sip.testinfra;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The authorization matrix of a service, generated from its own OpenAPI document: every operation is called by every
 * kind of caller that must be refused, and must answer what the contract promises — 401 without a token, with a
 * token a key we do not trust signed, an expired one or one for another deployment, and 403 for a role the operation
 * does not list (its {@code security} requirement names the roles). The cells that need the service's own data (another
 * organisation, no consent, the right caller) cannot be generated: they are listed as such, and the feature tests of
 * each service hold them. A service's test extends this with {@code @QuarkusTest} and the
 * {@link InfrastructureResource}; a new operation is covered without being named.
 */
public abstract class AuthorizationMatrix {

    private static final String ORG = "kommun-0583";
    private static final String ORG_TYPE = "MUNICIPALITY";
    private static final List<String> ROLES = List.of("caseworker", "manager", "partner", "integration", "auditor");
    private static final List<String> NOT_GENERATED = List.of("another organisation", "no consent", "right caller");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One kind of caller: its token (null for none), and the status it must get. */
    private record Cell(String name, int status, Function<List<String>, String> bearer) {
    }

    private static final List<Cell> CELLS = List.of(
            new Cell("no token", 401, roles -> null),
            new Cell("bad signature", 401, roles -> Tokens.signedByStranger("m", ORG, ORG_TYPE, roles.get(0))),
            new Cell("expired", 401, roles -> Tokens.expired("m", ORG, ORG_TYPE, roles.get(0))),
            new Cell("wrong audience", 401,
                    roles -> Tokens.forAudience("another-deployment", "m", ORG, ORG_TYPE, roles.get(0))),
            new Cell("wrong role", 403, roles -> ROLES.stream().filter(r -> !roles.contains(r)).findFirst()
                    .map(r -> Tokens.token("m", ORG, ORG_TYPE, r)).orElse(null)));

    @Test
    void everyOperationRefusesEveryCallerItMustRefuse() throws Exception {
        JsonNode document = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract()
                .asString());
        List<String> failures = new ArrayList<>();
        Map<String, int[]> tally = new LinkedHashMap<>();
        CELLS.forEach(c -> tally.put(c.name(), new int[2]));
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                List<String> roles = roles(op.getValue());
                if (roles.isEmpty()) {
                    continue;
                }
                operations++;
                for (Cell cell : CELLS) {
                    String bearer = cell.bearer().apply(roles);
                    if (bearer == null && cell.status() == 403) {
                        tally.get(cell.name())[1]++;
                        continue;
                    }
                    tally.get(cell.name())[0]++;
                    int status = call(op.getKey(), path.getKey(), op.getValue(), bearer).statusCode();
                    if (status != cell.status()) {
                        failures.add(op.getKey().toUpperCase() + " " + path.getKey() + " [" + cell.name() + "]: "
                                + status + ", expected " + cell.status());
                    }
                }
            }
        }
        StringBuilder table = new StringBuilder("Authorization matrix: " + operations + " operations\n");
        tally.forEach((cell, n) -> table.append(String.format("  %-20s %4d called%s%n", cell, n[0],
                n[1] == 0 ? "" : ", " + n[1] + " not applicable (every role may call it)")));
        NOT_GENERATED.forEach(cell -> table.append(String.format("  %-20s not generated: needs the service's data,"
                + " held by its feature tests%n", cell)));
        System.out.print(table);
        assertTrue(operations > 0, "no operation with roles in the OpenAPI document");
        assertTrue(failures.isEmpty(), table + String.join("\n", failures));
    }

    private static List<String> roles(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        operation.path("security").forEach(requirement -> requirement.fields()
                .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        return roles;
    }

    private static Response call(String method, String template, JsonNode operation, String bearer) {
        RequestSpecification request = given().urlEncodingEnabled(true);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            String value = sample(parameter.path("schema"), parameter.path("example"));
            if ("path".equals(parameter.path("in").asText())) {
                path = path.replace("{" + parameter.path("name").asText() + "}", value);
            } else if ("query".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean()) {
                request.queryParam(parameter.path("name").asText(), value);
            } else if ("header".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean()) {
                request.header(parameter.path("name").asText(), value);
            }
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isObject() && content.fieldNames().hasNext()) {
            String mediaType = content.fieldNames().next();
            JsonNode examples = content.path(mediaType).path("examples");
            String body = examples.isObject() && examples.elements().hasNext()
                    ? examples.elements().next().path("value").toString() : "{}";
            request.contentType(mediaType).body(body);
        }
        return request.request(method.toUpperCase(), path);
    }

    /** A value a parameter of this schema accepts, so that the call reaches the security check. */
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
