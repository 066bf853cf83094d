package se.sip.testinfra;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every service answers, whatever its features: health covering its database and Kafka, Prometheus metrics,
 * the OpenAPI document, Swagger UI, and problems for paths it does not serve. A service's test extends this with
 * {@code @QuarkusTest} and the {@link InfrastructureResource}.
 */
public abstract class StandardEndpointsContract {

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(containsString("Database"), containsString("Kafka")));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    /**
     * Requests are timed in histogram buckets, so that Prometheus takes the p99 the alert SipHttpSlow and the
     * dashboard show: a few fixed bounds (not Micrometer's seventy or so per route and status), half a second among
     * them. A bucket line may end in an exemplar ({@code # {trace_id=...} ...}); the timer is recorded as the response
     * ends, which may be just after the client has read it.
     */
    @Test
    void requestsAreTimedInAFewHistogramBuckets() {
        given().get("/api/v1/no-such-thing").then().statusCode(404);

        Pattern bucket = Pattern.compile("(?m)^http_server_requests_seconds_bucket\\{(.*?)} (\\S+)");
        Pattern le = Pattern.compile("\\ble=\"([^\"]+)\"");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            Set<String> bounds = new TreeSet<>();
            double notFound = 0;
            Matcher m = bucket.matcher(metrics);
            while (m.find()) {
                Matcher l = le.matcher(m.group(1));
                if (m.group(1).contains("status=\"404\"") && l.find()) {
                    bounds.add(l.group(1));
                    notFound += l.group(1).equals("+Inf") ? Double.parseDouble(m.group(2)) : 0;
                }
            }
            assertTrue(notFound >= 1, "the 404 counted in an le=\"+Inf\" bucket");
            assertTrue(bounds.contains("0.5"), "le=\"0.5\" among " + bounds);
            assertEquals(12, bounds.size(), "eleven bounds and +Inf: " + bounds);
        });
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiAreServed() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("openapi", startsWith("3."))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    /**
     * Client generators name classes after tags and component schemas: a tag with a Swedish letter or brackets gives
     * a mangled class name, and a schema name SmallRye numbered to resolve a clash ({@code LifeArea1}) gives a class
     * nobody can tell from its twin. The Swedish term belongs in the tag's description. A {@code $ref} stands alone
     * of a {@code type}: a generator drops the copy, which could only disagree with the schema referred to.
     */
    @Test
    void theOpenApiDocumentNamesTagsAndSchemasAsClientGeneratorsNeed() throws IOException {
        String document = given().get("/q/openapi?format=json").then().statusCode(200)
                .body("tags.name", everyItem(matchesPattern("[A-Z][A-Za-z ]*")))
                .body("components.schemas.keySet()", everyItem(matchesPattern("[A-Z][A-Za-z]*")))
                .extract().asString();
        List<String> typedRefs = new ObjectMapper().readTree(document).findParents("$ref").stream()
                .filter(schema -> schema.has("type")).map(JsonNode::toString).toList();
        assertEquals(List.of(), typedRefs);
    }

    @Test
    void anUnknownApiPathIsAProblem() {
        given().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("urn:sip:problem:not-found"));
    }
}
