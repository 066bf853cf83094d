package se.sip.consent;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.sip.consent.ConsentFixtures.MUNICIPALITY;
import static se.sip.consent.ConsentFixtures.REGION;
import static se.sip.consent.ConsentFixtures.STRANGER;
import static se.sip.consent.ConsentFixtures.caseworker;
import static se.sip.consent.ConsentFixtures.guardians;
import static se.sip.consent.ConsentFixtures.recordGranted;
import static se.sip.consent.ConsentResourceTest.assertNotMentioning;
import static se.sip.consent.ConsentTopic.awaitTypes;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * Who may withdraw a consent: the organisation that recorded it and those it names (the individual may tell any of
 * them), and who withdrew it: the individual, a representative, or either guardian of joint custody.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class ConsentWithdrawalTest {

    private static final String GRANTED = "se.sip.consent.granted.v1";
    private static final String WITHDRAWN = "se.sip.consent.withdrawn.v1";

    @Test
    void anOrganisationTheConsentDoesNotConcernCannotWithdrawIt() {
        String person = TestPersons.next();
        String id = recordGranted(person);

        String body = withdraw(STRANGER, id, "{\"reason\": \"Told us by phone\"}").statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:sip:problem:not-found"))
                .extract().asString();
        assertNotMentioning(body, person);

        caseworker(MUNICIPALITY).get("/api/v1/consents/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("withdrawal", nullValue());
        assertEquals(List.of(GRANTED), awaitTypes(id, 1), "a withdrawal was announced");
    }

    @Test
    void aNamedPartyThatDidNotRecordItMayWithdrawIt() {
        String id = recordGranted(TestPersons.next());

        withdraw(REGION, id, """
                {"reason": "The individual told us at the clinic", "withdrawnBy": {"role": "INDIVIDUAL"}}""")
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("recordedBy.org", equalTo(MUNICIPALITY))
                .body("withdrawal.org", equalTo(REGION))
                .body("withdrawal.by.role", equalTo("INDIVIDUAL"))
                .body("withdrawal.by.name", nullValue());
        caseworker(MUNICIPALITY).get("/api/v1/consents/" + id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawal.org", equalTo(REGION));
        assertEquals(List.of(GRANTED, WITHDRAWN), awaitTypes(id, 2));
    }

    @Test
    void eitherGuardianWithdrawsAConsentTheyGaveTogether() {
        String person = ConsentFixtures.child();
        String first = recordGuardians(person);
        String second = recordGuardians(person);

        // The second guardian, however the caseworker spells the case and spaces.
        withdraw(MUNICIPALITY, first, """
                {"reason": "Told us at the visit", "withdrawnBy": {"role": "GUARDIAN", "name": "  per BERG "}}""")
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.by.role", equalTo("GUARDIAN"))
                .body("withdrawal.by.name", equalTo("per BERG"));
        // The first guardian, alone, on the other.
        withdraw(REGION, second, """
                {"reason": "Phoned the clinic", "withdrawnBy": {"role": "GUARDIAN", "name": "Lisa Berg"}}""")
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.by.name", equalTo("Lisa Berg"));
        assertEquals(List.of(GRANTED, WITHDRAWN), awaitTypes(first, 2));
        assertEquals(List.of(GRANTED, WITHDRAWN), awaitTypes(second, 2));
    }

    @Test
    void someoneWhoIsNotOneOfTheGuardiansCannotWithdrawAsAGuardian() {
        String person = ConsentFixtures.child();
        String id = recordGuardians(person);

        String body = withdraw(MUNICIPALITY, id, """
                {"reason": "Told us", "withdrawnBy": {"role": "GUARDIAN", "name": "Anna Andersson"}}""")
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:rule-violation"))
                .body("detail", equalTo("A guardian who withdraws a consent given by guardians must be one of them"
                        + " (givenBy or coGuardian)."))
                .extract().asString();
        assertFalse(body.contains("Anna") || body.contains("Berg"), "the problem names someone: " + body);
        assertNotMentioning(body, person);

        caseworker(MUNICIPALITY).get("/api/v1/consents/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        assertEquals(List.of(GRANTED), awaitTypes(id, 1));
    }

    @Test
    void aRepresentativeOrGuardianIsNamed() {
        String person = ConsentFixtures.child();
        String id = recordGuardians(person);

        invalid(id, "{\"reason\": \"x\", \"withdrawnBy\": {\"role\": \"LEGAL_REPRESENTATIVE\"}}", "withdrawnBy.name",
                "is required when a representative or guardian withdraws consent");
        invalid(id, "{\"reason\": \"x\", \"withdrawnBy\": {\"role\": \"GUARDIAN\", \"name\": \" \"}}",
                "withdrawnBy.name", "is required when a representative or guardian withdraws consent");
        invalid(id, "{\"reason\": \"x\", \"withdrawnBy\": {\"name\": \"Per Berg\"}}", "withdrawnBy.role",
                "must not be null");
        caseworker(MUNICIPALITY).get("/api/v1/consents/" + id).then().body("status", equalTo("ACTIVE"));

        // A legal representative of a consent the guardians gave is not checked against them.
        withdraw(MUNICIPALITY, id, """
                {"reason": "x", "withdrawnBy": {"role": "LEGAL_REPRESENTATIVE", "name": "God man Olsson"}}""")
                .statusCode(200)
                .body("withdrawal.by.role", equalTo("LEGAL_REPRESENTATIVE"))
                .body("withdrawal.by.name", equalTo("God man Olsson"));
    }

    private static void invalid(String id, String request, String field, String message) {
        String body = withdraw(MUNICIPALITY, id, request).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:validation"))
                .body("errors.find { it.field == '" + field + "' }.message", equalTo(message))
                .extract().asString();
        assertFalse(body.contains("Per Berg"), "the problem names a guardian");
    }

    private static String recordGuardians(String person) {
        return caseworker(MUNICIPALITY).body(guardians(person)).post("/api/v1/consents").then().statusCode(201)
                .extract().path("id");
    }

    private static ValidatableResponse withdraw(String org, String id, String body) {
        return caseworker(org).body(body).post("/api/v1/consents/" + id + "/withdrawal").then();
    }
}
