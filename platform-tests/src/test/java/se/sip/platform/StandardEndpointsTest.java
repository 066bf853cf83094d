package se.sip.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.StandardEndpointsContract;

/** What every service answers comes from the platform: an application of the platform alone answers it too. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class StandardEndpointsTest extends StandardEndpointsContract {

    @Test
    void theCatchAllForUnknownPathsIsNoPathOfTheDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", not(hasKey("/api/{unknown}")));
    }
}
