package se.sip.testinfra;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

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
