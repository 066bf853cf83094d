package se.sip.consent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sip.consent.ConsentFixtures.MUNICIPALITY;
import static se.sip.consent.ConsentFixtures.caseworker;
import static se.sip.consent.ConsentFixtures.child;
import static se.sip.consent.ConsentFixtures.granted;
import static se.sip.consent.ConsentFixtures.guardians;
import static se.sip.consent.ConsentResourceTest.assertNotMentioning;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;

/**
 * Who gives a child's consent, as seed 004's youth routine has it ("Efter samtycke från vårdnadshavare/ungdom"): the
 * guardians or a legal representative; the youth alone from their 15th birthday, counted on the consent's first day.
 * A second guardian (coGuardian) only for a child.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class WhoGivesConsentTest {

    static final String CHILD_ALONE = "A child under 15 does not consent alone: the guardians (vårdnadshavare, both"
            + " with joint custody as givenBy and coGuardian) or a legal representative give the consent (seed 004).";
    static final String CO_GUARDIAN_OF_AN_ADULT = "coGuardian names the second guardian of a child (under 18); the"
            + " person is 18 or over on validFrom.";

    @Inject
    PersonRefs personRefs;

    @Inject
    EntityManager em;

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    @Test
    void aChildOf14DoesNotConsentAloneAndNothingIsStored() {
        LocalDate born = bornIn(2009);
        String person = TestPersons.bornOn(born);

        refused(individual(person, born.plusYears(14)), CHILD_ALONE, person);
        refused(individual(person, born.plusYears(14).plusMonths(6)), CHILD_ALONE, person);

        caseworker(MUNICIPALITY).queryParam("personId", person).get("/api/v1/consents").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
        assertEquals(0, stored(person), "a refused consent was stored");
        assertEquals(0, outboxEventsAbout(person), "a refused consent was announced");
    }

    @Test
    void fromTheir15thBirthdayAYouthConsentsThemselves() {
        LocalDate born = bornIn(2009);
        String person = TestPersons.bornOn(born);
        LocalDate birthday = born.plusYears(15);

        // The day before, still 14: refused.
        refused(individual(person, birthday.minusDays(1)), CHILD_ALONE, person);
        // The birthday itself, 15: their own consent.
        caseworker(MUNICIPALITY).body(individual(person, birthday)).post("/api/v1/consents").then().statusCode(201)
                .body("givenBy.role", equalTo("INDIVIDUAL"))
                .body("validFrom", equalTo(birthday.toString()));

        caseworker(MUNICIPALITY).queryParam("personId", person).get("/api/v1/consents").then().statusCode(200)
                .body("total", equalTo(1));
        assertEquals(1, stored(person));
    }

    @Test
    void aYouthBornOn29FebruaryTurns15On1March() {
        // Age as the law counts it: in a year without 29 February, the birthday counts on 1 March.
        String person = TestPersons.bornOn(LocalDate.of(2008, 2, 29));

        refused(individual(person, LocalDate.of(2023, 2, 28)), CHILD_ALONE, person);
        caseworker(MUNICIPALITY).body(individual(person, LocalDate.of(2023, 3, 1))).post("/api/v1/consents").then()
                .statusCode(201);
    }

    @Test
    void aDeclinedOfferCountsTheAgeOnTheDayItIsRecorded() {
        // A declined offer needs no validFrom: it dates from the day it is recorded, by the service's clock.
        LocalDate today = TestClock.today();
        TestClock.moveTo(today);
        String person = TestPersons.bornOn(today.plusDays(1).minusYears(15));
        String declined = """
                {"personId": "%s", "decision": "DECLINED", "givenBy": {"role": "INDIVIDUAL"},
                 "needsSeen": "Support at school and at home", "individualPosition": "Not now"}""".formatted(person);

        refused(declined, CHILD_ALONE, person);

        TestClock.moveTo(today.plusDays(1));
        caseworker(MUNICIPALITY).body(declined).post("/api/v1/consents").then().statusCode(201)
                .body("status", equalTo("DECLINED"))
                .body("validFrom", equalTo(today.plusDays(1).toString()));
    }

    @Test
    void theGuardiansOrALegalRepresentativeGiveAChildsConsent() {
        String person = child();

        // Both guardians of joint custody.
        caseworker(MUNICIPALITY).body(guardians(person)).post("/api/v1/consents").then().statusCode(201)
                .body("givenBy.role", equalTo("GUARDIAN"))
                .body("coGuardian.name", equalTo("Per Berg"));
        // A legal representative.
        caseworker(MUNICIPALITY).body(granted(person).replace("\"givenBy\": {\"role\": \"INDIVIDUAL\"}",
                "\"givenBy\": {\"role\": \"LEGAL_REPRESENTATIVE\", \"name\": \"God man Olsson\"}"))
                .post("/api/v1/consents").then().statusCode(201)
                .body("givenBy.role", equalTo("LEGAL_REPRESENTATIVE"))
                .body("coGuardian", nullValue());
        // Not the child of ten alone.
        refused(granted(person), CHILD_ALONE, person);
        assertEquals(2, stored(person));
    }

    @Test
    void aCoGuardianIsNamedForAChildNotForAnAdult() {
        LocalDate born = bornIn(2005);
        String person = TestPersons.bornOn(born);
        LocalDate eighteenth = born.plusYears(18);

        // The day before the 18th birthday the guardians still give it together.
        caseworker(MUNICIPALITY).body(guardiansFrom(person, eighteenth.minusDays(1))).post("/api/v1/consents").then()
                .statusCode(201).body("coGuardian.name", equalTo("Per Berg"));
        // From it, there is no custody and no second guardian.
        refused(guardiansFrom(person, eighteenth), CO_GUARDIAN_OF_AN_ADULT, person);

        String adult = TestPersons.next();
        refused(guardians(adult), CO_GUARDIAN_OF_AN_ADULT, adult);
        assertEquals(0, stored(adult));
        assertEquals(0, outboxEventsAbout(adult));
    }

    @Test
    void aRefusalIsKeptForItsIdempotencyKeyAsARefusalNeverASuccess() {
        LocalDate born = bornIn(2009);
        String person = TestPersons.bornOn(born);
        String body = individual(person, born.plusYears(14));
        String key = UUID.randomUUID().toString();

        caseworker(MUNICIPALITY).header("Idempotency-Key", key).body(body).post("/api/v1/consents").then()
                .statusCode(422).body("detail", equalTo(CHILD_ALONE));
        // The retry gets the same refusal, and still nothing is stored.
        caseworker(MUNICIPALITY).header("Idempotency-Key", key).body(body).post("/api/v1/consents").then()
                .statusCode(422).body("detail", equalTo(CHILD_ALONE));
        assertEquals(0, stored(person));
        assertEquals(0, outboxEventsAbout(person));
    }

    @Test
    void theOpenApiDocumentSaysTheRuleAndItsSeed() {
        String post = "paths.'/api/v1/consents'.post";
        String problems = post + ".responses.'422'.content.'application/problem+json'.examples";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(post + ".description", containsString("seed 004"))
                .body(post + ".description", containsString("a child under 15 does not consent alone"))
                .body(post + ".responses.'422'.description", containsString("under 15"))
                .body(post + ".responses.'422'.description", containsString("seed 004"))
                .body(problems, hasKey("recorder not a party"))
                .body(problems + ".'child under 15 alone'.value.detail", equalTo(CHILD_ALONE))
                .body(problems + ".'coGuardian of an adult'.value.detail", equalTo(CO_GUARDIAN_OF_AN_ADULT))
                .body("components.schemas.CoGuardian.description", containsString("under 18"));
    }

    @Test
    void theGuardiansExampleIsAChildsConsentTheServiceAccepts() {
        // The partners' manual shows both guardians of a child: its own example must pass the rule.
        Object example = given().get("/q/openapi?format=json").then().statusCode(200).extract()
                .path("paths.'/api/v1/consents'.post.requestBody.content.'application/json'.examples.guardians.value");
        caseworker(MUNICIPALITY).body(example).post("/api/v1/consents").then().statusCode(201)
                .body("coGuardian.name", equalTo("Per Berg"));
    }

    /** A granted consent the individual gave themselves, from {@code validFrom}. */
    private static String individual(String person, LocalDate validFrom) {
        return granted(person).replace("\"validFrom\": \"2024-01-01\"", "\"validFrom\": \"" + validFrom + "\"");
    }

    /** Both guardians' consent, from {@code validFrom}. */
    private static String guardiansFrom(String person, LocalDate validFrom) {
        return guardians(person).replace("\"validFrom\": \"2024-01-01\"", "\"validFrom\": \"" + validFrom + "\"");
    }

    /** Some day of a year without 29 February, so that two tests' people are not the same person. */
    private static LocalDate bornIn(int year) {
        return LocalDate.of(year, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365));
    }

    private void refused(String request, String detail, String person) {
        long before = stored(person);
        String body = caseworker(MUNICIPALITY).body(request).post("/api/v1/consents").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:rule-violation"))
                .body("status", equalTo(422))
                .body("detail", equalTo(detail))
                .extract().asString();
        assertNotMentioning(body, person);
        assertEquals(before, stored(person), "a refused consent was stored");
    }

    private long stored(String person) {
        return em.createQuery("select count(c) from Consent c where c.personRef = :ref", Long.class)
                .setParameter("ref", personRef(person)).getSingleResult();
    }

    private long outboxEventsAbout(String person) {
        return em.createQuery("select count(e) from OutboxEvent e where e.eventKey = :ref", Long.class)
                .setParameter("ref", personRef(person)).getSingleResult();
    }

    private String personRef(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }
}
