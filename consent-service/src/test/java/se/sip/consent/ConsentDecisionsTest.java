package se.sip.consent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.sip.consent.ConsentFixtures.MUNICIPALITY;
import static se.sip.consent.ConsentFixtures.REGION;
import static se.sip.consent.ConsentFixtures.SIS;
import static se.sip.consent.ConsentFixtures.STRANGER;
import static se.sip.consent.ConsentFixtures.as;
import static se.sip.consent.ConsentFixtures.caseworker;
import static se.sip.consent.ConsentFixtures.grantedUntil;
import static se.sip.consent.ConsentFixtures.ownService;
import static se.sip.consent.ConsentFixtures.recordGranted;
import static se.sip.consent.ConsentResourceTest.assertNotMentioning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import se.sip.consent.consent.Consent;
import se.sip.consent.consent.ConsentForm;
import se.sip.consent.consent.ConsentRepository;
import se.sip.consent.consent.ConsentStatus;
import se.sip.consent.consent.Decision;
import se.sip.consent.consent.GiverRole;
import se.sip.consent.consent.Party;
import se.sip.consent.consent.Purpose;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.security.OrgType;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;

/**
 * The decisions the other services ask for ({@code POST /api/v1/consent-decisions/search}, and its GET twin): by the
 * coverage rule every service shares, asked only by those who may, and telling an organisation that sees none of the
 * person's consents no more than "no".
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class ConsentDecisionsTest {

    private static final String SEARCH = "/api/v1/consent-decisions/search";

    @Inject
    ConsentRepository consents;

    @Inject
    PersonRefs personRefs;

    @Test
    void eachOrganisationIsAnsweredInTheOrderAskedAndOnlyThoseThatSeeAConsentLearnWhy() {
        String person = TestPersons.next();
        String meetings = recordGranted(person);
        // A second consent names SiS, for documentation only.
        record(MUNICIPALITY, consent(person, "[\"OBTAIN_DOCUMENTATION\"]", SIS, "SIS"));

        search(ownService(), person, "CONVENE_MEETING", List.of(REGION, SIS, STRANGER, MUNICIPALITY, REGION))
                .statusCode(200)
                .body("decisions.orgId", contains(REGION, SIS, STRANGER, MUNICIPALITY, REGION))
                .body("decisions.permitted", contains(true, false, false, true, true))
                .body("decisions.consentId", contains(meetings, null, null, meetings, meetings))
                .body("decisions.reason", contains("CONSENT_IN_FORCE", "ORGANISATION_NOT_COVERED", "NOT_PERMITTED",
                        "CONSENT_IN_FORCE", "CONSENT_IN_FORCE"));
        search(ownService(), person, "OBTAIN_DOCUMENTATION", List.of(SIS, REGION, STRANGER)).statusCode(200)
                .body("decisions.reason", contains("CONSENT_IN_FORCE", "ORGANISATION_NOT_COVERED", "NOT_PERMITTED"));
        searchRelative(person, "Bertil Berg", List.of(REGION, STRANGER)).statusCode(200)
                .body("decisions.permitted", everyItem(equalTo(false)))
                .body("decisions.reason", contains("RELATIVE_NOT_COVERED", "NOT_PERMITTED"));
        searchRelative(person, " anna ANDERSSON", List.of(REGION)).statusCode(200)
                .body("decisions[0].permitted", equalTo(true)).body("decisions[0].consentId", equalTo(meetings));
    }

    @Test
    void aPersonWithoutConsentsIsNotPermittedForAnyoneAndNobodyLearnsThereAreNone() {
        String person = TestPersons.next();
        search(ownService(), person, "SHARE_INFORMATION", List.of(MUNICIPALITY, REGION)).statusCode(200)
                .body("decisions.permitted", contains(false, false))
                .body("decisions.reason", everyItem(equalTo("NOT_PERMITTED")))
                .body("decisions.consentId", everyItem(nullValue()));
        // The GET twin is a partner's: not a call our services make, so their tokens are refused it.
        ownService().queryParams("personId", person, "orgId", MUNICIPALITY, "purpose", "SHARE_INFORMATION")
                .get("/api/v1/consent-decisions").then().statusCode(403);

        // The organisation that recorded a declined offer sees it, so it learns that no consent was given to it.
        recordDeclined(STRANGER, person);
        search(caseworker(STRANGER), person, "SHARE_INFORMATION", List.of(STRANGER)).statusCode(200)
                .body("decisions.reason", contains("NO_CONSENT"));
    }

    @Test
    void aDeclinedOfferOpensNothingOfOtherOrganisationsConsents() {
        String person = TestPersons.next();
        recordGranted(person);
        // Anyone may record a declined offer about anyone: that must not make it an oracle of others' consents.
        recordDeclined(STRANGER, person);

        search(caseworker(STRANGER), person, "SHARE_INFORMATION", List.of(MUNICIPALITY)).statusCode(403);
        search(caseworker(STRANGER), person, "SHARE_INFORMATION", List.of(STRANGER, MUNICIPALITY)).statusCode(403);
        search(caseworker(STRANGER), person, "SHARE_INFORMATION", List.of(STRANGER)).statusCode(200)
                .body("decisions[0].permitted", equalTo(false));
    }

    private static void recordDeclined(String org, String person) {
        caseworker(org).body("""
                {"personId": "%s", "decision": "DECLINED", "needsSeen": "Housing", "individualPosition": "Not now"}"""
                .formatted(person)).post("/api/v1/consents").then().statusCode(201);
    }

    @Test
    void ofSeveralPermittingConsentsTheDecisionNamesThePreferredOne() {
        String person = TestPersons.next();
        LocalDate today = LocalDate.now(TestClock.CLOCK);
        record(MUNICIPALITY, grantedUntil(person, today.plusDays(100)));
        String openEnded = recordGranted(person);
        String longest = record(MUNICIPALITY, grantedUntil(person, today.plusDays(200)));
        record(MUNICIPALITY, grantedUntil(person, today.plusDays(150)));

        // Open-ended first, though neither the newest nor the oldest.
        search(ownService(), person, "SHARE_INFORMATION", List.of(REGION, MUNICIPALITY)).statusCode(200)
                .body("decisions.consentId", contains(openEnded, openEnded));
        caseworker(MUNICIPALITY).body("{\"reason\": \"Told us by phone\"}")
                .post("/api/v1/consents/" + openEnded + "/withdrawal").then().statusCode(200);
        // Then the latest last day.
        search(ownService(), person, "SHARE_INFORMATION", List.of(REGION)).statusCode(200)
                .body("decisions[0].consentId", equalTo(longest));
    }

    @Test
    void aConsentRecordedBeforeTheRecorderHadToBeAPartyStillCoversItsRecorder() {
        String person = TestPersons.next();
        UUID old = storeConsentRecordedByANonParty(person);

        search(ownService(), person, "SHARE_INFORMATION", List.of(STRANGER, MUNICIPALITY)).statusCode(200)
                .body("decisions.permitted", contains(true, true))
                .body("decisions.consentId", contains(old.toString(), old.toString()));
        caseworker(STRANGER).get("/api/v1/consents/" + old).then().statusCode(200);
    }

    @Test
    void onlyOurServicesAndOrganisationsThatSeeThePersonsConsentsMayAsk() {
        String person = TestPersons.next();
        recordGranted(person);
        List<String> orgs = List.of(MUNICIPALITY, REGION);

        search(caseworker(REGION), person, "SHARE_INFORMATION", orgs).statusCode(200)
                .body("decisions.permitted", contains(true, true));
        search(as("doc-1", REGION, "REGION", "partner"), person, "SHARE_INFORMATION", orgs).statusCode(200);
        for (RequestSpecification refused : List.of(caseworker(STRANGER),
                as("their-system", STRANGER, "MUNICIPALITY", "integration"),
                as("plan-service", "sip", "OTHER", "integration"))) {
            String body = search(refused, person, "SHARE_INFORMATION", orgs).statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:sip:problem:forbidden"))
                    .extract().asString();
            assertNotMentioning(body, person);
        }
        as("aud-1", STRANGER, "MUNICIPALITY", "auditor").queryParam("personId", person).get("/api/v1/access-log")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.resourceType", everyItem(equalTo("consent-decision")))
                .body("items.outcome", everyItem(equalTo("DENIED")));
        as("aud-1", "sip", "OTHER", "auditor").queryParam("personId", person).get("/api/v1/access-log")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].outcome", equalTo("DENIED"));
        as("aud-1", MUNICIPALITY, "MUNICIPALITY", "auditor").body("{}").post(SEARCH).then().statusCode(403);
    }

    @Test
    void aCallIsOneAccessLogRowHoweverManyOrganisationsItAsksAbout() {
        String person = TestPersons.next();
        recordGranted(person);

        search(caseworker(MUNICIPALITY), person, "SHARE_INFORMATION", List.of(MUNICIPALITY, REGION, SIS, STRANGER))
                .statusCode(200).body("decisions", org.hamcrest.Matchers.hasSize(4));

        as("aud-1", MUNICIPALITY, "MUNICIPALITY", "auditor").queryParam("personId", person).get("/api/v1/access-log")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.resourceType", contains("consent-decision", "consent"))
                .body("items.action", contains("READ", "WRITE"))
                .body("items.outcome", everyItem(equalTo("PERMITTED")));
    }

    @Test
    void aBadQuestionIsAProblemNamingTheField() {
        String person = TestPersons.next();
        recordGranted(person);

        invalid(question(person, "SHARE_INFORMATION", List.of()), "orgIds", "size must be between 1 and 50", person);
        List<String> many = new ArrayList<>(Collections.nCopies(51, REGION));
        invalid(question(person, "SHARE_INFORMATION", many), "orgIds", "size must be between 1 and 50", person);
        invalid(question(person, "SHARE_INFORMATION", List.of(REGION, " ")), "orgIds[1]", "must not be blank", person);
        invalid(question(person, "SHARE_INFORMATION", List.of("x".repeat(101))), "orgIds[0]",
                "size must be between 0 and 100", person);
        invalid("{\"personId\": \"" + person + "\", \"purpose\": \"SHARE_INFORMATION\"}", "orgIds", "must not be null",
                person);
        invalid("{\"personId\": \"" + person + "\", \"orgIds\": [\"" + REGION + "\"]}", "purpose", "must not be null",
                person);
        String wrong = TestPersons.withWrongCheckDigit(person);
        invalid(question(wrong, "SHARE_INFORMATION", List.of(REGION)), "personId", "has a wrong check digit", wrong);
        invalid(question(person, "SHARE_INFORMATION", List.of(REGION)).replace("}", ", \"relative\": \"Anna\"}"),
                "relative", "is asked about only with purpose INVITE_RELATIVES", person);
        // Fifty-one are refused; fifty are answered.
        search(ownService(), person, "SHARE_INFORMATION", many.subList(0, 50)).statusCode(200)
                .body("decisions", org.hamcrest.Matchers.hasSize(50));
    }

    @Test
    void theOpenApiDocumentDescribesTheSearch() {
        String search = "paths.'/api/v1/consent-decisions/search'.post";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(search + ".operationId", equalTo("decideConsents"))
                .body(search + ".summary", notNullValue())
                .body(search + ".description", containsString("NOT_PERMITTED"))
                .body(search + ".description", containsString("narrows the contract"))
                .body(search + ".description", containsString("sip-platform"))
                .body(search + ".requestBody.content.'application/json'.examples", hasKey("three organisations"))
                .body(search + ".responses.'200'.content.'application/json'.examples", hasKey("decisions"))
                .body(search + ".responses", hasKey("400"))
                .body(search + ".responses.'403'.description", containsString("our services' tokens"))
                .body("paths.'/api/v1/consent-decisions'.get.description", containsString("NOT_PERMITTED"))
                .body("components.schemas.DecisionReason.enum", hasItem("NOT_PERMITTED"))
                .body("paths.'/api/v1/consents'.post.responses.'422'.content.'application/problem+json'.examples",
                        hasKey("recorder not a party"))
                .body("paths.'/api/v1/consents'.post.description", containsString("must be one of the `parties`"))
                .body("paths.'/api/v1/consents/{id}/withdrawal'.post.description", containsString("withdrawnBy"))
                .body("paths.'/api/v1/consents/{id}/withdrawal'.post.responses", hasKey("422"))
                .body("components.schemas.CoGuardian.description", containsString("joint custody"))
                .body("components.schemas.WithdrawalRequest.properties", hasKey("withdrawnBy"))
                .body("components.schemas.Withdrawal.properties", hasKey("by"))
                .body("components.schemas.Consent.properties", hasKey("coGuardian"))
                .body("paths.'/api/v1/consent-decisions/search'", not(hasKey("get")));
    }

    private UUID storeConsentRecordedByANonParty(String person) {
        Consent c = new Consent();
        c.id = UUID.randomUUID();
        PersonalIdentityNumber number = PersonalIdentityNumber.parse(person);
        c.personId = number.value();
        c.personRef = personRefs.of(number);
        c.decision = Decision.GRANTED;
        c.status = ConsentStatus.ACTIVE;
        c.givenByRole = GiverRole.INDIVIDUAL;
        c.form = ConsentForm.WRITTEN;
        c.purposes = EnumSet.of(Purpose.SHARE_INFORMATION);
        c.parties.add(new Party(MUNICIPALITY, OrgType.MUNICIPALITY, "Motala kommun"));
        c.validFrom = LocalDate.of(2024, 1, 1);
        c.recordedByOrg = STRANGER;
        c.recordedBySub = "cw-old";
        c.recordedAt = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> consents.persist(c));
        return c.id;
    }

    /** A consent the municipality obtained, for these purposes, naming it and one other party. */
    private static String consent(String person, String purposes, String party, String partyType) {
        return """
                {"personId": "%s", "decision": "GRANTED", "givenBy": {"role": "INDIVIDUAL"}, "form": "WRITTEN",
                 "purposes": %s, "validFrom": "2024-01-01",
                 "parties": [{"orgId": "%s", "orgType": "MUNICIPALITY", "name": "Motala kommun"},
                             {"orgId": "%s", "orgType": "%s", "name": "Another party"}]}"""
                .formatted(person, purposes, MUNICIPALITY, party, partyType);
    }

    private static String record(String org, String body) {
        return caseworker(org).body(body).post("/api/v1/consents").then().statusCode(201).extract().path("id");
    }

    private static String question(String person, String purpose, List<String> orgIds) {
        return "{\"personId\": \"" + person + "\", \"purpose\": \"" + purpose + "\", \"orgIds\": ["
                + String.join(", ", orgIds.stream().map(o -> "\"" + o + "\"").toList()) + "]}";
    }

    private static ValidatableResponse search(RequestSpecification who, String person, String purpose,
            List<String> orgIds) {
        return who.body(question(person, purpose, orgIds)).post(SEARCH).then();
    }

    private static ValidatableResponse searchRelative(String person, String relative, List<String> orgIds) {
        return ownService().body(question(person, "INVITE_RELATIVES", orgIds)
                .replace("}", ", \"relative\": \"" + relative + "\"}")).post(SEARCH).then();
    }

    private static void invalid(String question, String field, String message, String person) {
        String body = ownService().body(question).post(SEARCH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:validation"))
                .body("errors.find { it.field == '" + field + "' }.message", equalTo(message))
                .extract().asString();
        assertNotMentioning(body, person);
    }
}
