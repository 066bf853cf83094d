package se.sip.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.Tokens;

/** Every endpoint: 401 without a token, 403 for a role it does not serve, 400 for a filter it cannot read. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class NotificationSecurityTest {

    private static final String ID = UUID.randomUUID().toString();

    @ParameterizedTest
    @CsvSource({ "GET, /api/v1/notifications, auditor", "POST, /api/v1/notifications/{id}/read, auditor",
            "POST, /api/v1/subscriptions, caseworker", "GET, /api/v1/subscriptions, partner",
            "GET, /api/v1/subscriptions/{id}, caseworker", "DELETE, /api/v1/subscriptions/{id}, caseworker",
            "POST, /api/v1/subscriptions/{id}/secret-rotation, partner",
            "GET, /api/v1/subscriptions/{id}/deliveries, caseworker",
            "POST, /api/v1/subscriptions/{id}/deliveries/{id}/retry, auditor" })
    void everyEndpointNeedsATokenAndARoleItServes(String method, String path, String refusedRole) {
        given().contentType("application/json").body("{}").request(method, path.replace("{id}", ID))
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:unauthenticated"));
        given().header("Authorization", Tokens.bearer("someone", "kommun-0583", "MUNICIPALITY", refusedRole))
                .contentType("application/json").body("{}").request(method, path.replace("{id}", ID))
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:forbidden"));
    }

    @ParameterizedTest
    @CsvSource({ "/api/v1/notifications?unread=yes, caseworker",
            "/api/v1/subscriptions/{id}/deliveries?status=LOST, manager" })
    void aFilterThatCannotBeReadIsA400(String path, String role) {
        given().header("Authorization", Tokens.bearer("someone", "kommun-0583", "MUNICIPALITY", role))
                .get(path.replace("{id}", ID))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:validation"));
    }

    @ParameterizedTest
    @CsvSource({ "POST, /api/v1/notifications/{id}/read", "GET, /api/v1/subscriptions/{id}",
            "POST, /api/v1/subscriptions/{id}/deliveries/{id}/retry" })
    void aNotFoundDoesNotQuoteTheIdAskedFor(String method, String path) {
        given().header("Authorization", Tokens.bearer("someone", "kommun-0583", "MUNICIPALITY", "manager"))
                .contentType("application/json").body("{}").request(method, path.replace("{id}", ID))
                .then().statusCode(404).contentType("application/problem+json")
                .body(not(containsString(ID)));
    }
}
