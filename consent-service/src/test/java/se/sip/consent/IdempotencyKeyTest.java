package se.sip.consent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.InfrastructureResource;

/**
 * consent-service's POSTs document the Idempotency-Key partners retry with. How the key behaves is the platform's,
 * the same on every POST of every service, and tested in platform-tests.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class IdempotencyKeyTest {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotency-Replayed";

    @Test
    void theOpenApiDocumentDescribesTheKeyOnEveryPost() {
        String header = "parameters.find { it.name == 'Idempotency-Key' }";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/consents'.post." + header + ".in", equalTo("header"))
                .body("paths.'/api/v1/consents'.post." + header + ".required", not(equalTo(true)))
                .body("paths.'/api/v1/consents'.post." + header + ".description", containsString("24 hours"))
                .body("paths.'/api/v1/consents'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/consents'.post.responses", hasKey("422"))
                .body("paths.'/api/v1/consents'.post.responses.'201'.headers", hasKey(REPLAYED))
                .body("paths.'/api/v1/consents/{id}/withdrawal'.post.parameters.name", hasItem(KEY))
                .body("paths.'/api/v1/consents/{id}/withdrawal'.post.responses.'409'.description",
                        containsString("Idempotency-Key"))
                .body("paths.'/api/v1/consents'.get.parameters.name", not(hasItem(KEY)));
    }
}
