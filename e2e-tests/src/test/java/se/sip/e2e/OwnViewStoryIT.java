package se.sip.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/**
 * The person themselves, signed in with e-identification, reads their own plan, timeline, consent and who has read
 * their data on fhir-service's page, sees nobody else's, and withdraws their consent, which ends the parties' access as
 * any withdrawal does. The page they got is written to {@code target/own-page/own-page.html}, for the accessibility
 * check.
 */
@ExtendWith(Stack.class)
class OwnViewStoryIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @Test
    void thePersonSeesTheirOwnPlanAndWhoReadItAndWithdrawsTheirConsent() throws IOException {
        String personId = TestPersons.next();
        String planId = Stories.lvmPlanEveryPartyKnows(personId);
        Stories.book(1, planId, personId, "SIP", 14);
        // The region reads the plan, once plan-service has the consent that shares it with the region.
        await().atMost(EVENTUALLY).until(() -> Org.REGION.to(Stack.PLAN).get("/api/v1/plans/{id}", planId)
                .statusCode() == 200);

        // The page: their own goal, the parties by name, the meeting on the timeline, and the region's read.
        String page = await().atMost(EVENTUALLY).until(() -> person(personId, Stack.FHIR).get("/me").then()
                .statusCode(200).contentType(containsString("text/html")).extract().asString(),
                html -> html.contains("SIP-möte"));
        assertAll(
                () -> assertContains(page, "Jag vill ha en egen lägenhet och ett jobb, och hålla mig drogfri."),
                () -> assertContains(page, "Samordnas av: " + Org.MUNICIPALITY.name()),
                () -> assertContains(page, "role=\"img\""),
                () -> assertContains(page, "<td>" + Org.REGION.name() + "</td><td>handläggare</td><td>Plan</td>"),
                () -> assertContains(page, "<strong>Gäller</strong>"),
                () -> assertContains(page, "dela uppgifter om dig med varandra"),
                () -> assertFalse(page.contains(personId.substring(2)), "the page shows the number"));
        Path written = Path.of("target", "own-page", "own-page.html");
        Files.createDirectories(written.getParent());
        Files.writeString(written, page);

        person(personId, Stack.FHIR).get("/api/v1/me/access-log").then().statusCode(200)
                .body("items.findAll { it.service == 'plan-service' && it.action == 'READ' }.org",
                        hasItem(Org.REGION.id()))
                .body(not(containsString("\"sub\"")));

        // Nobody else's: another person has no plan, no consent, and their extract holds only their own reads.
        String other = TestPersons.next();
        person(other, Stack.PLAN).get("/api/v1/me/plans").then().statusCode(200).body("total", equalTo(0));
        person(other, Stack.CONSENT).get("/api/v1/me/consents").then().statusCode(200).body("total", equalTo(0));
        person(other, Stack.FHIR).get("/api/v1/me/access-log").then().statusCode(200)
                .body("items.byYou", everyItem(equalTo(true)));
        person(other, Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(404);

        // The person withdraws their consent; the region loses the plan, as after any withdrawal.
        String consentId = person(personId, Stack.CONSENT).get("/api/v1/me/consents").then().statusCode(200)
                .extract().path("items[0].id");
        person(personId, Stack.CONSENT).body("{\"reason\": \"Jag vill inte längre.\"}")
                .post("/api/v1/consents/{id}/withdrawal", consentId).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawal.by.role", equalTo("INDIVIDUAL"));
        await().atMost(EVENTUALLY).untilAsserted(() -> Org.REGION.to(Stack.PLAN).get("/api/v1/plans/{id}", planId)
                .then().statusCode(404));
        // A person is never a staff member: the organisations' calls stay closed to them.
        person(personId, Stack.PLAN).queryParam("personId", personId).get("/api/v1/plans").then().statusCode(403);
    }

    private static RequestSpecification person(String personId, String service) {
        return RestAssured.given().baseUri(Stack.url(service))
                .header("Authorization", "Bearer " + Tokens.individual(personId))
                .contentType("application/json; charset=UTF-8");
    }

    private static void assertContains(String page, String text) {
        assertTrue(page.contains(text), "the page lacks: " + text);
    }
}
