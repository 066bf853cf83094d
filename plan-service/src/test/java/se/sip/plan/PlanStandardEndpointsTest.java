package se.sip.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.StandardEndpointsContract;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanStandardEndpointsTest extends StandardEndpointsContract {

    @Test
    void theOpenApiDocumentIsThePartnersManualForPlans() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("tags.name", org.hamcrest.Matchers.hasItem("Plans"))
                .body("paths.'/api/v1/plans'.post.responses", hasKey("422"))
                .body("paths.'/api/v1/plans'.post.responses", hasKey("503"))
                .body("paths.'/api/v1/plans'.post.requestBody.content.'application/json'.examples.'LVM aftercare'",
                        notNullValue())
                .body("paths.'/api/v1/plans/{id}/closure'.post.responses", hasKey("412"))
                .body("paths.'/api/v1/plans'.post.description", containsString("SHARE_INFORMATION"));
    }
}
