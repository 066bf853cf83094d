package se.sip.consent;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sip.consent.ConsentFixtures.MUNICIPALITY;
import static se.sip.consent.ConsentFixtures.REGION;
import static se.sip.consent.ConsentFixtures.STRANGER;
import static se.sip.consent.ConsentFixtures.caseworker;
import static se.sip.consent.ConsentFixtures.child;
import static se.sip.consent.ConsentFixtures.granted;
import static se.sip.consent.ConsentFixtures.guardians;
import static se.sip.consent.ConsentResourceTest.assertNotMentioning;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.consent.consent.ConsentRepository;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** Who may record a consent, and both guardians of a child in joint custody. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class ConsentRecordingTest {

    @Inject
    ConsentRepository consents;

    @Inject
    PersonRefs personRefs;

    @Test
    void theOrganisationThatRecordsAConsentMustBeAPartyItNames() {
        String person = TestPersons.next();
        // The stranger is not among the municipality and the region the consent names.
        String body = caseworker(STRANGER).body(granted(person)).post("/api/v1/consents").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:rule-violation"))
                .body("status", equalTo(422))
                .body("detail", equalTo("The organisation that records a consent must be one of the parties it names:"
                        + " the one that obtained it."))
                .extract().asString();
        assertNotMentioning(body, person);
        assertEquals(0, storedFor(person), "a refused consent was stored");

        // A named party that did not obtain it first-hand is a party all the same.
        caseworker(REGION).body(granted(person)).post("/api/v1/consents").then().statusCode(201)
                .body("recordedBy.org", equalTo(REGION));
        assertEquals(1, storedFor(person));
    }

    @Test
    void aDeclinedOfferNamesNoPartiesAndAnyOrganisationRecordsIt() {
        String person = TestPersons.next();
        caseworker(STRANGER).body("""
                {"personId": "%s", "decision": "DECLINED", "needsSeen": "Housing", "individualPosition": "Not now"}"""
                .formatted(person)).post("/api/v1/consents").then().statusCode(201)
                .body("status", equalTo("DECLINED"));
    }

    @Test
    void bothGuardiansAreRecordedAndShown() {
        String person = child();
        String id = caseworker(MUNICIPALITY).body(guardians(person)).post("/api/v1/consents").then().statusCode(201)
                .body("givenBy.role", equalTo("GUARDIAN"))
                .body("givenBy.name", equalTo("Lisa Berg"))
                .body("coGuardian.name", equalTo("Per Berg"))
                .extract().path("id");

        caseworker(REGION).get("/api/v1/consents/" + id).then().statusCode(200)
                .body("coGuardian.name", equalTo("Per Berg"));
        caseworker(MUNICIPALITY).queryParam("personId", person).get("/api/v1/consents").then().statusCode(200)
                .body("items[0].coGuardian.name", equalTo("Per Berg"));
        // A guardian with sole custody names no second one: there is none to show.
        caseworker(MUNICIPALITY).body(guardians(person).replace(" \"coGuardian\": {\"name\": \"Per Berg\"},", ""))
                .post("/api/v1/consents").then().statusCode(201)
                .body("givenBy.name", equalTo("Lisa Berg"))
                .body("coGuardian", nullValue());
    }

    @Test
    void aCoGuardianIsRecordedOnlyBesideAGuardian() {
        String person = child();
        rejected(granted(person).replace("\"givenBy\": {\"role\": \"INDIVIDUAL\"},",
                "\"givenBy\": {\"role\": \"INDIVIDUAL\"}, \"coGuardian\": {\"name\": \"Per Berg\"},"),
                "coGuardian", "is recorded only when givenBy.role is GUARDIAN", person);
        rejected(guardians(person).replace("\"role\": \"GUARDIAN\", \"name\": \"Lisa Berg\"",
                "\"role\": \"LEGAL_REPRESENTATIVE\", \"name\": \"Lisa Berg\""),
                "coGuardian", "is recorded only when givenBy.role is GUARDIAN", person);
        rejected(guardians(person).replace("{\"name\": \"Per Berg\"}", "{}"), "coGuardian.name", "must not be blank",
                person);
        rejected(guardians(person).replace("\"Per Berg\"", "\"" + "P".repeat(201) + "\""), "coGuardian.name",
                "size must be between 0 and 200", person);
    }

    private void rejected(String requestBody, String field, String message, String person) {
        String body = caseworker(MUNICIPALITY).body(requestBody).post("/api/v1/consents").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:validation"))
                .body("errors.find { it.field == '" + field + "' }.message", equalTo(message))
                .extract().asString();
        assertNotMentioning(body, person);
        assertEquals(false, body.contains("Per Berg") || body.contains("Lisa Berg") || body.contains("PPPP"),
                "the problem names a guardian");
        assertEquals(0, storedFor(person), "a rejected request stored a row");
    }

    private long storedFor(String person) {
        return consents.count("personRef", personRefs.of(PersonalIdentityNumber.parse(person)));
    }
}
