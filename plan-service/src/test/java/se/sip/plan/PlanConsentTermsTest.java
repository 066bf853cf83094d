package se.sip.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.startPlan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * The consent's terms travel to every read of the plan, asked of consent-service at read time (never carried by
 * events): the plan, the SIP document and the printable schedule; without an answer in 2 s they say so and the read
 * still answers.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanConsentTermsTest {

    private static final String RESTRICTION = "Inget om mina barn till <arbetsgivaren>.";

    @Test
    void thePlanItsSipDocumentAndItsScheduleShowTheConsentsRestrictionsAndLastDay() {
        String person = TestPersons.next();
        UUID consent = FakeConsentService.consentOf(person);
        FakeConsentService.terms(consent, LocalDate.of(2027, 11, 22), RESTRICTION);
        String id = startPlan(person);

        municipality().get("/api/v1/plans/" + id).then().statusCode(200)
                .body("consent.id", equalTo(consent.toString()))
                .body("consent.available", equalTo(true))
                .body("consent.validUntil", equalTo("2027-11-22"))
                .body("consent.restrictions", equalTo(RESTRICTION));
        String document = municipality().accept("text/html").get("/api/v1/plans/" + id + "/sip-document")
                .then().statusCode(200).extract().asString();
        String schedule = municipality().accept("text/html").get("/api/v1/plans/" + id + "/schedule")
                .then().statusCode(200).extract().asString();
        for (String page : new String[] { document, schedule }) {
            int box = page.indexOf("class=\"consent\"");
            assertTrue(box > 0 && box < page.indexOf("</h1>") + 200, "the consent is shown right below the heading");
            assertTrue(page.contains("gäller till och med 2027-11-22"), page);
            assertTrue(page.contains("Inget om mina barn till &lt;arbetsgivaren&gt;."), "restrictions, escaped");
        }
        municipality().get("/api/v1/plans/" + id + "/schedule").then().statusCode(200)
                .body("consent.restrictions", equalTo(RESTRICTION));
    }

    @Test
    void withoutAnAnswerWithinTwoSecondsTheReadSaysNotAvailableAndStillAnswers() {
        String person = TestPersons.next();
        String id = startPlan(person);
        FakeConsentService.hangReads();
        long started = System.nanoTime();
        try {
            municipality().get("/api/v1/plans/" + id).then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("consent.available", equalTo(false))
                    .body("consent.note", equalTo("inte tillgängligt"))
                    .body("consent", not(hasKey("restrictions")));
            municipality().accept("text/html").get("/api/v1/plans/" + id + "/sip-document").then().statusCode(200)
                    .body(containsString("Samtycke</strong>: inte tillgängligt"));
        } finally {
            FakeConsentService.release();
        }
        long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertTrue(waited >= 3_500 && waited < 10_000, "two reads, about 2 s each: " + waited + " ms");
        // Once consent-service answers again, so do the terms.
        municipality().get("/api/v1/plans/" + id).then().statusCode(200).body("consent.available", equalTo(true));
    }
}
