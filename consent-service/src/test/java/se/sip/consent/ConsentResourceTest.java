package se.sip.consent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static se.sip.consent.ConsentFixtures.MUNICIPALITY;
import static se.sip.consent.ConsentFixtures.REGION;
import static se.sip.consent.ConsentFixtures.SIS;
import static se.sip.consent.ConsentFixtures.STRANGER;
import static se.sip.consent.ConsentFixtures.as;
import static se.sip.consent.ConsentFixtures.caseworker;
import static se.sip.consent.ConsentFixtures.granted;
import static se.sip.consent.ConsentFixtures.grantedUntil;
import static se.sip.consent.ConsentFixtures.ownService;
import static se.sip.consent.ConsentFixtures.recordGranted;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import se.sip.consent.consent.ConsentRepository;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class ConsentResourceTest {

    @Inject
    ConsentRepository consents;

    @Inject
    PersonRefs personRefs;

    @Test
    void recordsReadsAndListsAConsent() {
        String person = TestPersons.next();
        String location = caseworker(MUNICIPALITY).body(granted(TestPersons.withHyphen(person)))
                .post("/api/v1/consents")
                .then().statusCode(201)
                .header("Location", matchesRegex(".*/api/v1/consents/[0-9a-f-]{36}"))
                .header("ETag", notNullValue())
                .body("personId", equalTo(person))
                .body("status", equalTo("ACTIVE"))
                .body("personRef", equalTo(personRefs.of(PersonalIdentityNumber.parse(person))))
                .body("purposes", containsInAnyOrder("CONVENE_MEETING", "SHARE_INFORMATION", "INVITE_RELATIVES"))
                .body("recordedBy.org", equalTo(MUNICIPALITY))
                .extract().header("Location");

        String id = location.substring(location.lastIndexOf('/') + 1);
        caseworker(MUNICIPALITY).get(location).then().statusCode(200)
                .body("id", equalTo(id))
                .body("parties.orgId", containsInAnyOrder(MUNICIPALITY, REGION))
                .body("relatives[0].name", equalTo("Anna Andersson"))
                .body("restrictions", equalTo("Nothing to my employer."))
                .body("validFrom", equalTo("2024-01-01"));

        caseworker(MUNICIPALITY).queryParam("personId", person).get("/api/v1/consents").then().statusCode(200)
                .body("total", equalTo(1))
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("items[0].id", equalTo(id));
    }

    @Test
    void aNamedPartySeesTheConsentButAnotherOrganisationSeesNothingOfThePerson() {
        String person = TestPersons.next();
        String id = recordGranted(person);

        as("doc-1", REGION, "REGION", "partner").get("/api/v1/consents/" + id).then().statusCode(200);

        String body = as("cw-9", STRANGER, "MUNICIPALITY", "caseworker").get("/api/v1/consents/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .extract().asString();
        assertNotMentioning(body, person);

        body = as("cw-9", STRANGER, "MUNICIPALITY", "caseworker").queryParam("personId", person)
                .get("/api/v1/consents").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0))
                .extract().asString();
        assertNotMentioning(body, person);
    }

    @Test
    void listsNewestFirstInPages() {
        String person = TestPersons.next();
        String first = recordGranted(person);
        String second = recordGranted(person);
        String third = recordGranted(person);

        caseworker(MUNICIPALITY).queryParam("personId", person).queryParam("size", 2)
                .get("/api/v1/consents").then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", contains(third, second));
        caseworker(MUNICIPALITY).queryParam("personId", person).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/consents").then().statusCode(200)
                .body("items.id", contains(first));
        caseworker(MUNICIPALITY).queryParam("personId", person).queryParam("size", 201)
                .get("/api/v1/consents").then().statusCode(400).body("errors[0].field", equalTo("size"));

        // The search twin keeps the number out of the URL, pages alike, and a number it refuses is not quoted.
        caseworker(MUNICIPALITY).queryParam("size", 2).queryParam("page", 1)
                .body("{\"personId\": \"" + person + "\"}").post("/api/v1/consents/search").then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", contains(first));
        String wrong = TestPersons.withWrongCheckDigit(person);
        String refused = caseworker(MUNICIPALITY).body("{\"personId\": \"" + wrong + "\"}")
                .post("/api/v1/consents/search").then().statusCode(400).body("errors[0].field", equalTo("personId"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(refused.contains(wrong), refused);
    }

    @Test
    void recordsADeclinedSipOffer() {
        String person = TestPersons.next();
        caseworker(MUNICIPALITY).body("""
                {"personId": "%s", "decision": "DECLINED", "givenBy": {"role": "INDIVIDUAL"}, "form": "VERBAL",
                 "needsSeen": "Housing and treatment", "individualPosition": "Not now"}""".formatted(person))
                .post("/api/v1/consents").then().statusCode(201)
                .body("status", equalTo("DECLINED"))
                .body("needsSeen", equalTo("Housing and treatment"))
                .body("individualPosition", equalTo("Not now"));

        caseworker(MUNICIPALITY).body("""
                {"personId": "%s", "decision": "DECLINED"}""".formatted(person))
                .post("/api/v1/consents").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("needsSeen", "individualPosition"));
    }

    @Test
    void withdrawalEndsTheConsentAndItsDecisions() {
        String person = TestPersons.next();
        String id = recordGranted(person);
        decision(person, REGION, "SHARE_INFORMATION").body("permitted", equalTo(true)).body("consentId", equalTo(id));

        caseworker(MUNICIPALITY).body("{\"reason\": \"Told us by phone\"}")
                .post("/api/v1/consents/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.reason", equalTo("Told us by phone"))
                .body("withdrawal.org", equalTo(MUNICIPALITY))
                .body("withdrawal", not(hasKey("by")));

        // The recorder still sees it and learns why; the region, which no longer sees it, only hears no.
        decision(person, MUNICIPALITY, "SHARE_INFORMATION")
                .body("permitted", equalTo(false)).body("consentId", nullValue())
                .body("reason", equalTo("CONSENT_NOT_IN_FORCE"));
        decision(person, REGION, "SHARE_INFORMATION")
                .body("permitted", equalTo(false)).body("consentId", nullValue())
                .body("reason", equalTo("NOT_PERMITTED"));
        caseworker(MUNICIPALITY).body("{\"reason\": \"again\"}")
                .post("/api/v1/consents/" + id + "/withdrawal").then().statusCode(409)
                .contentType("application/problem+json");
        // A party named only while the consent is active no longer sees it.
        as("doc-1", REGION, "REGION", "partner").get("/api/v1/consents/" + id).then().statusCode(404);
    }

    @Test
    void aWithdrawalWithAStaleIfMatchIsRefused() {
        String id = recordGranted(TestPersons.next());
        String etag = caseworker(MUNICIPALITY).get("/api/v1/consents/" + id).then().statusCode(200)
                .extract().header("ETag");
        caseworker(MUNICIPALITY).header("If-Match", "\"41\"").body("{\"reason\": \"x\"}")
                .post("/api/v1/consents/" + id + "/withdrawal").then().statusCode(412)
                .contentType("application/problem+json").body("status", equalTo(412));
        caseworker(MUNICIPALITY).get("/api/v1/consents/" + id).then().body("status", equalTo("ACTIVE"));
        String newEtag = caseworker(MUNICIPALITY).header("If-Match", etag).body("{\"reason\": \"x\"}")
                .post("/api/v1/consents/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).extract().header("ETag");
        assertNotEquals(etag, newEtag);
    }

    @Test
    void decisionsCheckPurposeOrganisationAndRelative() {
        String person = TestPersons.next();
        String id = recordGranted(person);

        decision(person, MUNICIPALITY, "CONVENE_MEETING").body("permitted", equalTo(true)).body("consentId", equalTo(id));
        decision(person, REGION, "OBTAIN_DOCUMENTATION").body("permitted", equalTo(false))
                .body("reason", equalTo("PURPOSE_NOT_COVERED"));
        // SiS sees none of the person's consents: it is not told why.
        decision(person, SIS, "CONVENE_MEETING").body("permitted", equalTo(false))
                .body("reason", equalTo("NOT_PERMITTED"));
        decision(person, MUNICIPALITY, "INVITE_RELATIVES", "anna andersson").body("permitted", equalTo(true));
        decision(person, MUNICIPALITY, "INVITE_RELATIVES", "Bertil Berg").body("permitted", equalTo(false))
                .body("reason", equalTo("RELATIVE_NOT_COVERED"));
        decision(TestPersons.next(), MUNICIPALITY, "CONVENE_MEETING").body("permitted", equalTo(false))
                .body("reason", equalTo("NOT_PERMITTED"));
    }

    @Test
    void onlyOurServicesOrAnOrganisationThatSeesTheConsentsMayAskForADecision() {
        String person = TestPersons.next();
        recordGranted(person);
        // A partner's own integration token is no service of ours: it sees nothing of the person, so 403.
        as("their-system", STRANGER, "MUNICIPALITY", "integration")
                .queryParams("personId", person, "orgId", MUNICIPALITY, "purpose", "SHARE_INFORMATION")
                .get("/api/v1/consent-decisions").then().statusCode(403).contentType("application/problem+json");

        caseworker(REGION).queryParams("personId", person, "orgId", REGION, "purpose", "SHARE_INFORMATION")
                .get("/api/v1/consent-decisions").then().statusCode(200).body("permitted", equalTo(true));
        String body = caseworker(STRANGER).queryParams("personId", person, "orgId", STRANGER, "purpose", "SHARE_INFORMATION")
                .get("/api/v1/consent-decisions").then().statusCode(403).contentType("application/problem+json")
                .extract().asString();
        assertNotMentioning(body, person);
    }

    @Test
    void ourOwnServicesReadAnyConsentToShowItsTermsButWithdrawNone() {
        String person = TestPersons.next();
        java.time.LocalDate validUntil = java.time.LocalDate.now(TestClock.CLOCK).plusYears(1);
        String id = caseworker(MUNICIPALITY).body(grantedUntil(person, validUntil)).post("/api/v1/consents")
                .then().statusCode(201).extract().path("id");

        ownService().get("/api/v1/consents/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("validUntil", equalTo(validUntil.toString()))
                .body("restrictions", equalTo("Nothing to my employer."));
        // The role alone is not enough: a partner's integration token, or ours under another organisation.
        as("their-system", STRANGER, "MUNICIPALITY", "integration").get("/api/v1/consents/" + id).then()
                .statusCode(404);
        as("plan-service", "sip", "OTHER", "integration").get("/api/v1/consents/" + id).then().statusCode(404);
        // Reading only: the service token withdraws nothing (our services' tokens only read, platform ServiceTokenScope).
        ownService().body("{\"reason\": \"x\"}").post("/api/v1/consents/" + id + "/withdrawal").then()
                .statusCode(403);
        caseworker(MUNICIPALITY).get("/api/v1/consents/" + id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void rolesAreChecked() {
        String person = TestPersons.next();
        as("aud-1", MUNICIPALITY, "MUNICIPALITY", "auditor").body(granted(person))
                .post("/api/v1/consents").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        as("doc-1", REGION, "REGION", "partner").body(granted(person))
                .post("/api/v1/consents").then().statusCode(403);
        assertEquals(0, consents.count("personRef", personRefs.of(PersonalIdentityNumber.parse(person))));
    }

    @Test
    void theOpenApiDocumentNamesEveryConsentCall() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/consents"))
                .body("paths", hasKey("/api/v1/consents/{id}"))
                .body("paths", hasKey("/api/v1/consents/{id}/withdrawal"))
                .body("paths", hasKey("/api/v1/consent-decisions"))
                .body("paths", hasKey("/api/v1/consent-decisions/search"));
    }

    /** The decision for one organisation, asked as our services ask. */
    private static ValidatableResponse decision(String person, String org, String purpose) {
        return decision(person, org, purpose, null);
    }

    private static ValidatableResponse decision(String person, String org, String purpose, String relative) {
        Map<String, Object> question = new HashMap<>(Map.of("personId", person, "purpose", purpose,
                "orgIds", List.of(org)));
        if (relative != null) {
            question.put("relative", relative);
        }
        return ownService().body(question).post("/api/v1/consent-decisions/search").then().statusCode(200)
                .rootPath("decisions[0]");
    }

    static void assertNotMentioning(String body, String person) {
        assertFalse(body.contains(person), "the body names the person: " + body);
        assertFalse(body.contains(person.substring(2)), "the body names the person");
    }
}
