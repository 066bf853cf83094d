package se.sip.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static se.sip.platform.probe.ProbeCalls.MUNICIPALITY;
import static se.sip.platform.probe.ProbeCalls.PROBLEM;
import static se.sip.platform.probe.ProbeCalls.RECORDS;
import static se.sip.platform.probe.ProbeCalls.recordOne;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/**
 * Our own services' tokens: signed only with the service's own key, which signs nothing else, and allowed only the
 * calls the service takes from that service (here: meeting-service may archive a probe record). Beside them, the
 * identity provider's keys: the one its token names, the previous one during a rotation, none for a token naming none.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class ServiceTokenScopeTest {

    private static final String SERVICE = Tokens.service("meeting-service");

    @Test
    void aServiceTokenMakesOnlyTheCallsItsServiceIsAllowed() {
        String id = recordOne(TestPersons.next());
        String archive = RECORDS + "/" + id + "/archive";
        // Allowed: it reaches the record's own rules, which do not show it to our services.
        given().header("Authorization", SERVICE).contentType(ContentType.JSON).post(archive).then().statusCode(404);
        // Another service, and another call, are not on the list.
        given().header("Authorization", Tokens.service("plan-service")).contentType(ContentType.JSON).post(archive)
                .then().statusCode(403).contentType(PROBLEM)
                .body("detail", equalTo("This service does not take this call from plan-service."));
        given().header("Authorization", SERVICE).get("/api/v1/nothing-here/" + UUID.randomUUID()).then()
                .statusCode(403).contentType(PROBLEM);
        // A partner's integration, in its own organisation, writes as its role lets it.
        given().header("Authorization", Tokens.bearer("journal", MUNICIPALITY, "MUNICIPALITY", "integration"))
                .contentType(ContentType.JSON).post(archive).then().statusCode(200).body("archived", equalTo(true));
    }

    @Test
    void aServiceKeySignsOnlyItsOwnServicesTokens() {
        String id = recordOne(TestPersons.next());
        // The identity provider's key cannot make a service token.
        given().header("Authorization", Tokens.bearer("meeting-service", "sip-platform", "OTHER", "integration"))
                .contentType(ContentType.JSON).post(RECORDS + "/" + id + "/archive").then().statusCode(401)
                .contentType(PROBLEM);
        // A service's key cannot make a person's token, nor another service's.
        given().header("Authorization", Tokens.serviceSigned("meeting-service", "cw-1", MUNICIPALITY,
                "MUNICIPALITY", "caseworker")).get(RECORDS + "/" + id).then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", Tokens.serviceSigned("plan-service", "meeting-service", "sip-platform",
                "OTHER", "integration")).contentType(ContentType.JSON).post(RECORDS + "/" + id + "/archive").then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void theIdentityProvidersPreviousKeyStillVerifiesDuringARotationButATokenMustNameItsKey() {
        String id = recordOne(TestPersons.next());
        given().header("Authorization", "Bearer " + Tokens.signedWithPreviousKey("cw-1", MUNICIPALITY,
                "MUNICIPALITY", "caseworker")).get(RECORDS + "/" + id).then().statusCode(200);
        given().header("Authorization", "Bearer " + Tokens.withoutKeyId("cw-1", MUNICIPALITY, "MUNICIPALITY",
                "caseworker")).get(RECORDS + "/" + id).then().statusCode(401).contentType(PROBLEM);
    }
}
