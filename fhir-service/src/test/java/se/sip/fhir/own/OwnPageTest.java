package se.sip.fhir.own;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The person's page and extract, gathered from the services with the person's own token. The page and the page of a
 * refusal are also written to {@code target/own-page/}, where the accessibility check (axe-core in Chromium) reads
 * them.
 */
@QuarkusTest
@TestProfile(OwnPageTest.WithServices.class)
class OwnPageTest {

    public static class WithServices implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ServicesStub.class));
        }
    }

    @Test
    void thePageShowsTheGoalFirstWhoDoesWhatTheTimelineConsentsAndReaders() throws IOException {
        String page = given().header("Authorization", ServicesStub.PERSON).get("/me").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"sv\">"))
                .body(containsString("Jag vill ha en egen lägenhet &amp; ett jobb."))
                .body(containsString("Boende: Eget boende (senast 1 juni 2027)"))
                .body(containsString("<td>Återfallsprevention: I grupp.</td><td>Beroendemottagningen</td>"))
                .body(containsString("<td>Söka lägenhet</td><td>Du själv</td><td>Senast 1 maj 2027</td>"))
                .body(containsString("1 mars 2027 kl. 10.00</strong>: Uppföljningsmöte. Stadshuset, rum 3."))
                .body(containsString("<strong>Gäller</strong>. Från 23 november 2026 till och med 22 november 2027."))
                .body(containsString("Inget om mina barn &lt;till arbetsgivaren&gt;."))
                .body(containsString("dela uppgifter om dig med varandra, kalla dig till möten"))
                .body(containsString("<td>Motala kommun, vuxenenheten</td><td>handläggare</td><td>Möte</td>"))
                .body(containsString("Du har själv läst dina uppgifter 4 gånger. De visas inte här."))
                .body(not(containsString("<td>Logg</td>")))
                .body(not(containsString("<till")))
                .extract().asString();
        // The goal stands before anything else the plan says.
        assertTrue(page.indexOf("Ditt mål:") < page.indexOf("Samordnas av:"));
        // The timeline: two milestones above the line, one meeting below it, and today (plan-service's day) across.
        assertTrue(page.contains("role=\"img\""));
        assertTrue(page.contains("2 hållpunkter ovanför linjen, 1 möten under linjen, och i dag (20 februari 2027)"));
        assertTrue(page.contains("<li>1 mars 2027: möte, Uppföljningsmöte (Inbokat)</li>"));
        assertTrue(page.contains("<li>1 januari 2027: hållpunkt, Första mötet (klart)</li>"));
        write("own-page.html", page);
    }

    /** For the accessibility check, which reads {@code target/own-page/}. */
    private static void write(String name, String page) throws IOException {
        Path written = Path.of("target", "own-page", name);
        Files.createDirectories(written.getParent());
        Files.writeString(written, page);
    }

    @Test
    void theExtractMergesTheFourLogsNewestFirst() {
        given().header("Authorization", ServicesStub.PERSON).get("/api/v1/me/access-log").then().statusCode(200)
                .body("total", equalTo(8))
                .body("items.service[0..3]", equalTo(List.of("meeting-service", "plan-service", "consent-service",
                        "consent-service")))
                .body("items[0]", equalTo(Map.of("at", "2026-12-04T09:00:00Z", "service", "meeting-service",
                        "org", "kommun-0583", "orgType", "MUNICIPALITY", "roles", "caseworker", "byYou", false,
                        "resourceType", "meeting", "action", "READ", "outcome", "PERMITTED")))
                .body("items[7].service", equalTo("notification-service"));
    }

    @Test
    void onlyThePersonsTokenGetsThemAndARefusalSaysSo() throws IOException {
        // The page's refusals are pages a browser shows, in the person's words; the extract's are problems.
        String refusal = given().get("/me").then().statusCode(401).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"sv\">")).body(containsString("Du behöver logga in igen."))
                .extract().asString();
        write("own-error.html", refusal);
        given().header("Authorization", "Bearer staff-token").get("/me").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("loggat in som dig själv"));
        given().get("/api/v1/me/access-log").then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
        given().header("Authorization", "Bearer staff-token").get("/api/v1/me/access-log").then().statusCode(403)
                .contentType("application/problem+json").body("title", equalTo("Forbidden"));
    }
}
