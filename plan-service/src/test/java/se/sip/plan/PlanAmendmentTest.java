package se.sip.plan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.startPlan;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** A plan amended after it started, by JSON Merge Patch: what changes, what is refused, and what is announced. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanAmendmentTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void theGivenMembersChangeANullRemovesAndTheChangedEventNamesThePartsNeverTheValues() {
        String id = startPlan(TestPersons.next());

        patch("\"0\"", """
                {"needs": "Boende och fortsatt behandling.", "professionalGoal": "Stabilt boende under första året.",
                 "careEpisode": {"expectedDischargeOn": "2027-05-01"}, "horizonMonths": 18,
                 "currentInterventions": "Öppenvård två gånger i veckan: fungerar.",
                 "representative": {"role": "LEGAL_REPRESENTATIVE", "name": "Eva Ek"},
                 "individualGoal": "Jag vill ha en egen lägenhet."}""", id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("needs", equalTo("Boende och fortsatt behandling."))
                .body("individualGoal", equalTo("Jag vill ha en egen lägenhet."))
                .body("professionalGoal", equalTo("Stabilt boende under första året."))
                .body("careEpisode.expectedDischargeOn", equalTo("2027-05-01"))
                .body("careEpisode.lvmStartedOn", equalTo("2026-10-01"))
                .body("horizonMonths", equalTo(18))
                .body("currentInterventions", equalTo("Öppenvård två gånger i veckan: fungerar."))
                .body("representative.name", equalTo("Eva Ek"));

        patch("\"1\"", "{\"professionalGoal\": null, \"representative\": null}", id)
                .then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("$", not(hasKey("professionalGoal"))).body("$", not(hasKey("representative")))
                .body("needs", equalTo("Boende och fortsatt behandling."));

        // The same values again change nothing: no new version, no event.
        patch("\"2\"", "{\"needs\": \"Boende och fortsatt behandling.\", \"horizonMonths\": 18}", id)
                .then().statusCode(200).header("ETag", equalTo("\"2\""));

        List<String> changed = awaitPlanEvents(id, 3).stream().map(PlanFixtures::body)
                .filter(b -> b.contains("se.sip.plan.changed.v1")).toList();
        assertEquals(2, changed.size());
        JsonPath first = JsonPath.from(changed.get(0));
        assertEquals(List.of("needs", "professionalGoal", "representative", "horizonMonths",
                "careEpisode.expectedDischargeOn", "currentInterventions"), first.getList("data.parts"));
        assertEquals(1, first.getInt("data.version"));
        assertEquals(List.of("professionalGoal", "representative"), JsonPath.from(changed.get(1))
                .getList("data.parts"));
        assertEquals(2, JsonPath.from(changed.get(1)).getInt("data.version"));
        changed.forEach(body -> assertFalse(body.contains("Boende") || body.contains("Eva Ek"), body));
    }

    @Test
    void badPatchesAreRefusedWithTheMemberNamedAndChangeNothing() {
        String id = startPlan(TestPersons.next());

        patch(null, "{\"needs\": \"x\"}", id).then().statusCode(428);
        patch("\"7\"", "{\"needs\": \"x\"}", id).then().statusCode(412);
        patch("\"0\"", "{\"kind\": \"SIP\"}", id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kind"))
                .body("errors[0].message", containsString("cannot be changed by a merge patch"));
        patch("\"0\"", "{\"parties\": []}", id).then().statusCode(400)
                .body("errors[0].message", containsString("/api/v1/plans/{id}/parties"));
        patch("\"0\"", "{\"needs\": null}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("needs")).body("errors[0].message", containsString("cannot be removed"));
        patch("\"0\"", "{\"careEpisode\": {\"lvmStartedOn\": \"2026-01-01\"}}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("careEpisode.lvmStartedOn"));
        patch("\"0\"", "{\"horizonMonths\": \"many\"}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("horizonMonths"));
        patch("\"0\"", "{\"horizonMonths\": 0}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("horizonMonths"));
        patch("\"0\"", "{\"individualGoal\": \"  \"}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("individualGoal"));
        patch("\"0\"", "{\"careEpisode\": {\"expectedDischargeOn\": \"2026-09-01\"}}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("careEpisode.expectedDischargeOn"));
        patch("\"0\"", "[]", id).then().statusCode(400);
        municipality().header("If-Match", "\"0\"").body("{\"needs\": \"x\"}").patch("/api/v1/plans/" + id)
                .then().statusCode(415).contentType("application/problem+json");

        municipality().get("/api/v1/plans/" + id).then().header("ETag", equalTo("\"0\""))
                .body("needs", equalTo("Housing and addiction treatment after discharge."));

        municipality().body("{\"reason\": \"GOALS_MET\"}").post("/api/v1/plans/" + id + "/closure").then()
                .statusCode(200);
        patch("\"1\"", "{\"needs\": \"x\"}", id).then().statusCode(409);
    }

    @Test
    void anExpectedDischargeNeedsACareEpisode() {
        String person = TestPersons.next();
        String id = municipality().body("""
                {"personId": "%s", "kind": "COLLABORATION", "lead": {"orgId": "kommun-0583", "name": "Motala kommun"},
                 "parties": [{"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun"}],
                 "individualGoal": "Ett eget boende.", "needs": "Stöd i boendet."}""".formatted(person))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        patch("\"0\"", "{\"careEpisode\": {\"expectedDischargeOn\": \"2027-05-01\"}}", id).then().statusCode(422)
                .body("detail", containsString("no LVM care episode"));
    }

    private static io.restassured.response.Response patch(String ifMatch, String body, String id) {
        // As bytes: REST Assured would encode a body of an unfamiliar media type as ISO-8859-1, JSON is UTF-8.
        RequestSpecification request = municipality().contentType(MERGE_PATCH).body(body.getBytes(UTF_8));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.patch("/api/v1/plans/" + id);
    }
}
