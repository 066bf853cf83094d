package se.sip.plan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.REGION;
import static se.sip.plan.PlanFixtures.STRANGER;
import static se.sip.plan.PlanFixtures.as;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.sis;
import static se.sip.plan.PlanFixtures.startPlan;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.FakeMeetingService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** The plan as a printable SIP document: the template's order, the legal minimum checked, text escaped. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeMeetingService.class, restrictToAnnotatedClass = false)
class PlanSipDocumentTest {

    private static final String LEGAL_WARNING = "Planen uppfyller inte lagens minimikrav";

    @Inject
    PersonRefs personRefs;

    @Test
    void anIncompleteSipSaysWhichLegalPointsAreMissingAtTheTop() {
        String person = TestPersons.next();
        String id = startPlan(person);

        String html = municipality().accept("text/html").get("/api/v1/plans/" + id + "/sip-document")
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Cache-Control", "no-store")
                .extract().asString();

        int warning = html.indexOf(LEGAL_WARNING);
        assertTrue(warning > 0 && warning < html.indexOf("<h1>"), "the warning comes first");
        assertTrue(html.contains("1. Vilka insatser som behövs</strong> – saknas: planen har inga åtgärder"));
        assertTrue(html.contains("2. Vilka insatser respektive huvudman ska svara för</strong> – saknas: ingen åtgärd"
                + " för Motala kommun, vuxenenheten, Beroendemottagningen"));
        assertTrue(html.contains("3. Vilka åtgärder som vidtas av någon annan än kommunen eller regionen"));
        assertFalse(html.contains("4. Vem av huvudmännen"), "the lead is a principal, so point 4 is met");
        // The template's order.
        assertInOrder(html, "Ny plan / Uppföljning, datum", "Planen tillhör", "Eventuell företrädare",
                "Om den enskilde inte deltar", "Huvudansvarig", "Inbjudna deltagare", "Tidigare och pågående åtgärder",
                "Varför gör vi denna plan?", "Övergripande mål", "Planering", "Planerad uppföljning", "Underskrifter");
        assertTrue(html.contains(person.substring(0, 8) + "-" + person.substring(8)), "the template names the person");
        assertTrue(html.contains("@media print") && html.contains("name=\"viewport\""));
    }

    @Test
    void aCompleteSipHasNoWarningAndItsTextIsEscaped() {
        String id = startPlan(TestPersons.next());
        municipality().header("If-Match", "\"0\"")
                .body("{\"currentSituation\": \"<script>alert('x')</script> & mer\","
                        + " \"goals\": [{\"text\": \"Eget kontrakt\", \"targetDate\": \"2027-10-01\"}]}")
                .put("/api/v1/plans/" + id + "/life-areas/HOUSING").then().statusCode(200);
        addAction(id, MUNICIPALITY);
        addAction(id, REGION);
        municipality().header("If-Match", "\"3\"").body("{\"otherMeasures\": [{\"description\": \"Går på AA-möten.\","
                + " \"responsibleOrgId\": \"INDIVIDUAL\"}]}").put("/api/v1/plans/" + id + "/other-measures")
                .then().statusCode(200);

        String html = municipality().get("/api/v1/plans/" + id + "/sip-document").then().statusCode(200)
                .extract().asString();
        assertFalse(html.contains(LEGAL_WARNING));
        assertTrue(html.contains("Planen anger lagens fyra minimikrav"));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; mer"));
        assertTrue(html.contains("Går på AA-möten.") && html.contains("Den enskilde själv"));
        assertTrue(html.contains("<li>Mål: Eget kontrakt <span class=\"meta\">(senast 2027-10-01)</span></li>"));
    }

    @Test
    void anAgreedVersionIsPrintedAsAgreedAndOnlyForThoseWhoMaySeeThePlan() {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        String id = startPlan(person);
        MinutesEventFeed.publish(personRef, MinutesEventFeed.approved(personRef, id, UUID.randomUUID(), 1));
        await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/plans/" + id + "/versions/1")
                .then().statusCode(200));
        municipality().header("If-Match", "\"0\"").body("{\"currentSituation\": \"Ändrad efter mötet.\", \"goals\": []}")
                .put("/api/v1/plans/" + id + "/life-areas/HOUSING").then().statusCode(200);

        municipality().queryParam("version", 1).get("/api/v1/plans/" + id + "/sip-document").then().statusCode(200)
                .body(containsString("<strong>Ny plan</strong>, 2027-01-12"))
                .body(containsString("Fastställd version 1"))
                .body(containsString("<dt>Datum</dt><dd>2027-04-05 (enligt protokollet)</dd>"))
                .body(not(containsString("Ändrad efter mötet.")))
                // meeting-service knows nothing of the meeting here: the lines are left to fill in, and it says why.
                .body(containsString("inte tillgängligt): fyll i för hand"))
                .body(containsString("☐ ja ☐ nej"));
        municipality().get("/api/v1/plans/" + id + "/sip-document").then().statusCode(200)
                .body(containsString("Ändrad efter mötet."));
        municipality().queryParam("version", 2).get("/api/v1/plans/" + id + "/sip-document").then().statusCode(404)
                .contentType("application/problem+json");
        municipality().queryParam("version", 0).get("/api/v1/plans/" + id + "/sip-document").then().statusCode(400);

        for (var outsider : new io.restassured.specification.RequestSpecification[] { sis(),
                as("cw-9", STRANGER, "MUNICIPALITY", "caseworker") }) {
            String answer = outsider.get("/api/v1/plans/" + id + "/sip-document").then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404)).extract().asString();
            assertFalse(answer.contains(person.substring(2)));
        }
    }

    @Test
    void theDocumentShowsWhoAttendedWhyTheIndividualDidNotTheirWishesAndBothGoals() {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        String id = startPlan(person);
        municipality().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("""
                        {"professionalGoal": "Stabilt boende det första året.",
                         "currentInterventions": "Öppenvård två gånger i veckan fungerar."}""".getBytes(UTF_8))
                .patch("/api/v1/plans/" + id).then().statusCode(200);
        UUID meeting = UUID.randomUUID();
        UUID individual = UUID.randomUUID();
        UUID municipality = UUID.randomUUID();
        UUID region = UUID.randomUUID();
        UUID sister = UUID.randomUUID();
        FakeMeetingService.put("/api/v1/meetings/" + meeting, """
                {"id": "%s", "invitees": [
                  {"id": "%s", "kind": "INDIVIDUAL", "name": "Den enskilde"},
                  {"id": "%s", "kind": "PARTY", "orgId": "%s", "name": "Motala kommun"},
                  {"id": "%s", "kind": "PARTY", "orgId": "%s", "name": "Beroendemottagningen"},
                  {"id": "%s", "kind": "RELATIVE", "name": "Anna Andersson"}]}""".formatted(meeting, individual,
                municipality, MUNICIPALITY, region, REGION, sister));
        FakeMeetingService.put("/api/v1/meetings/" + meeting + "/minutes", """
                {"meetingId": "%s", "revisions": [{"revision": 1, "attendees": ["%s", "%s"],
                 "absenceReason": "Var sjuk <den> dagen."}]}""".formatted(meeting, municipality, sister));
        FakeMeetingService.put("/api/v1/meetings/" + meeting + "/wishes", """
                {"wantsInvited": ["min syster"], "topics": ["boendet"], "preferredFormat": "DIGITAL",
                 "recordedBy": "Karin Lund"}""");
        MinutesEventFeed.publish(personRef, MinutesEventFeed.approved(personRef, id, meeting, 1));
        await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/plans/" + id + "/versions/1")
                .then().statusCode(200));

        String html = municipality().queryParam("version", 1).get("/api/v1/plans/" + id + "/sip-document").then()
                .statusCode(200).extract().asString();
        for (String shown : List.of("Var sjuk &lt;den&gt; dagen.", "Vill att dessa bjuds in: min syster",
                "Vill ta upp: boendet", "Vill helst mötas: digitalt", "<td>Anna Andersson</td>",
                "<td>Den enskilde</td><td></td><td></td><td>Nej</td>", "Professionens mål",
                "Stabilt boende det första året.", "Öppenvård två gånger i veckan fungerar.")) {
            assertTrue(html.contains(shown), () -> shown + " missing in " + html);
        }
        assertTrue(html.contains("<td>Ja</td>") && html.contains("<td>Nej</td>"), html);
        assertFalse(html.contains("☐ ja ☐ nej"), html);
        assertFalse(html.contains("inte tillgängligt): fyll i"), html);
    }

    private static void addAction(String id, String responsible) {
        municipality().body("""
                {"lifeArea": "HOUSING", "intervention": "HOUSING_SUPPORT", "description": "Boendestöd.",
                 "responsibleOrgId": "%s", "dueOn": "2027-10-01", "status": "PLANNED"}""".formatted(responsible))
                .post("/api/v1/plans/" + id + "/actions").then().statusCode(201);
    }

    private static void assertInOrder(String html, String... headings) {
        int at = 0;
        for (String heading : headings) {
            int next = html.indexOf(heading, at);
            assertTrue(next >= at, heading + " comes after the heading before it");
            at = next;
        }
    }
}
