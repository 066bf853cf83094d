package se.sip.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * What fhir-service answers before it asks any service: its capabilities, and an OperationOutcome for every request
 * it refuses, never with the number the caller sent. Searches that reach the services are in e2e-tests.
 */
@QuarkusTest
class FhirEdgesTest {

    private static final String NUMBER = "191212121212";
    private static final String BY_NUMBER = "patient:identifier=urn:oid:1.2.752.129.2.1.3.1|" + NUMBER;
    private static final String BEARER = "Bearer any.token.here";

    @Test
    void theCapabilityStatementNamesTheFourTypesAndTheFormSearch() {
        given().get("/fhir/r4/metadata").then().statusCode(200).contentType("application/fhir+json")
                .body("resourceType", equalTo("CapabilityStatement"))
                .body("fhirVersion", equalTo("4.0.1"))
                .body("rest[0].resource.type", containsInAnyOrder("Appointment", "AuditEvent", "CarePlan", "Consent"))
                .body("rest[0].resource.interaction.code.flatten()", containsInAnyOrder("search-type",
                        "search-type", "search-type", "search-type"))
                .body("rest[0].documentation", containsString("POST [type]/_search"));
    }

    @Test
    void aGetSearchIsRefusedAndSaysToPostTheForm() {
        outcome(given().header("Authorization", BEARER).get("/fhir/r4/CarePlan?patient:identifier="
                + "urn:oid:1.2.752.129.2.1.3.1|" + NUMBER), 400, "not-supported")
                .body("issue[0].diagnostics", containsString("POST CarePlan/_search"));
    }

    @Test
    void aSearchWithoutATokenIs401() {
        outcome(form().body(BY_NUMBER).post("/fhir/r4/Consent/_search"), 401, "login");
    }

    @Test
    void aTypeThisServerDoesNotAnswerIs404() {
        outcome(form().header("Authorization", BEARER).body(BY_NUMBER).post("/fhir/r4/Patient/_search"), 404,
                "not-supported").body("issue[0].diagnostics", containsString("CarePlan"));
        outcome(given().get("/fhir/r4/no/such/path"), 404, "not-found");
    }

    @Test
    void aSearchNeedsOnePatientIdentifierOfAKnownSystem() {
        outcome(form().header("Authorization", BEARER).body("status=active").post("/fhir/r4/CarePlan/_search"), 400,
                "required");
        outcome(form().header("Authorization", BEARER).body("patient:identifier=" + NUMBER)
                .post("/fhir/r4/CarePlan/_search"), 400, "invalid");
        outcome(form().header("Authorization", BEARER).body("patient:identifier=urn:oid:1.2.3|" + NUMBER)
                .post("/fhir/r4/CarePlan/_search"), 400, "not-supported");
    }

    @Test
    void aServiceThatCannotBeReachedIs502AndTheSearchMayBeRetried() {
        outcome(form().header("Authorization", BEARER).body(BY_NUMBER).post("/fhir/r4/CarePlan/_search"), 502,
                "transient");
    }

    private static io.restassured.specification.RequestSpecification form() {
        return given().contentType(ContentType.URLENC.withCharset("UTF-8"));
    }

    private static ValidatableResponse outcome(io.restassured.response.Response response, int status, String code) {
        return response.then().statusCode(status).contentType("application/fhir+json")
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].severity", equalTo("error"))
                .body("issue[0].code", equalTo(code))
                .body(not(containsString(NUMBER)));
    }
}
