package se.sip.consent;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sip.consent.ConsentFixtures.MUNICIPALITY;
import static se.sip.consent.ConsentFixtures.caseworker;
import static se.sip.consent.ConsentFixtures.granted;
import static se.sip.consent.ConsentResourceTest.assertNotMentioning;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.consent.consent.ConsentRepository;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** Bad input is a 400 problem naming the field, stores nothing, and never echoes the personal number. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class ConsentValidationTest {

    @Inject
    ConsentRepository consents;

    @Test
    void aWrongCheckDigitIsRejected() {
        String person = TestPersons.withWrongCheckDigit(TestPersons.next());
        rejected(granted(person), "personId", "has a wrong check digit", person);
    }

    @Test
    void anImpossibleDateIsRejected() {
        String person = "19990230" + "1234";
        rejected(granted(person), "personId", "has a birth date that does not exist", person);
    }

    @Test
    void aNumberOfTheWrongShapeIsRejected() {
        rejected(granted("12345"), "personId", "must be 12 digits, as YYYYMMDDNNNN or YYYYMMDD-NNNN", "12345");
    }

    @Test
    void aMissingFieldIsNamed() {
        String person = TestPersons.next();
        rejected(granted(person).replace("\"decision\": \"GRANTED\",", ""), "decision", "must not be null", person);
    }

    @Test
    void anUnknownPurposeIsNamedWithTheAllowedValues() {
        String person = TestPersons.next();
        rejected(granted(person).replace("\"CONVENE_MEETING\"", "\"WATCH_TV\""), "purposes[0]",
                "must be one of CONVENE_MEETING, OBTAIN_DOCUMENTATION, SHARE_INFORMATION, INVITE_RELATIVES", person);
    }

    @Test
    void aWrongTypeIsNamed() {
        String person = TestPersons.next();
        rejected(granted(person).replace("\"2024-01-01\"", "\"next tuesday\""), "validFrom",
                "has the wrong format for a date (YYYY-MM-DD)", person);
    }

    @Test
    void aNestedFieldIsNamedWithItsPath() {
        String person = TestPersons.next();
        rejected(granted(person).replace("\"orgType\": \"REGION\", \"name\": \"Beroendemottagningen\"",
                "\"orgType\": \"REGION\", \"name\": \"\""), "parties[1].name", "must not be blank", person);
    }

    @Test
    void invitingRelativesNeedsANamedRelative() {
        String person = TestPersons.next();
        rejected(granted(person).replace("[{\"name\": \"Anna Andersson\", \"relation\": \"sister\"}]", "[]"),
                "relatives", "must name at least one relative with the purpose INVITE_RELATIVES", person);
    }

    @Test
    void aBadQueryParameterIsNamed() {
        String person = TestPersons.withWrongCheckDigit(TestPersons.next());
        String body = caseworker(MUNICIPALITY).queryParam("personId", person).get("/api/v1/consents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("personId"))
                .extract().asString();
        assertNotMentioning(body, person);
        caseworker(MUNICIPALITY).get("/api/v1/consents").then().statusCode(400)
                .body("errors.field", hasItem("personId"));
    }

    private void rejected(String requestBody, String field, String message, String person) {
        long before = consents.count();
        String body = caseworker(MUNICIPALITY).body(requestBody).post("/api/v1/consents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:validation"))
                .body("status", equalTo(400))
                .body("errors.find { it.field == '" + field + "' }.message", equalTo(message))
                .extract().asString();
        assertNotMentioning(body, person);
        assertEquals(before, consents.count(), "a rejected request stored a row");
    }
}
