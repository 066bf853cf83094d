package se.sip.platform.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.InfrastructureResource;

/**
 * Every service serves the platform's AsyncAPI document beside its OpenAPI document, to anyone, as it is in the jar;
 * an application of the platform alone does too.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class AsyncApiDocumentServedTest {

    private static final String DOCUMENT = new String(AsyncApiDocument.read(), StandardCharsets.UTF_8);

    @Test
    void theDocumentIsServedWithoutAToken() {
        given().get(AsyncApiDocument.PATH).then().statusCode(200)
                .contentType(startsWith("application/yaml"))
                .body(equalTo(DOCUMENT));
    }

    @Test
    void aTokenIsNeitherNeededNorChecked() {
        given().header("Authorization", "Bearer not-a-token").get(AsyncApiDocument.PATH).then().statusCode(200)
                .body(startsWith("asyncapi: 3."));
    }

    @Test
    void itIsNoOperationOfTheOpenApiDocument() {
        // The authorization matrix and the fuzz tests call what the OpenAPI document lists; this is not theirs.
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", not(hasKey(AsyncApiDocument.PATH)));
    }
}
