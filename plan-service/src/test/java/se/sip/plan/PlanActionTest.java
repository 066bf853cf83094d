package se.sip.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.startPlan;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanActionTest {

    private static String action(String responsible, String intervention, String startOn, String dueOn) {
        return """
                {"lifeArea": "SUBSTANCE_USE", "intervention": "%s", "description": "Återfallsprevention i grupp.",
                 "responsibleOrgId": "%s", "startOn": "%s", "dueOn": "%s", "status": "PLANNED"}"""
                .formatted(intervention, responsible, startOn, dueOn);
    }

    @Test
    void addsAndChangesAnActionRaisingThePlansVersion() {
        String id = startPlan(TestPersons.next());
        String actionId = municipality().body(action(PlanFixtures.REGION, "RELAPSE_PREVENTION", "2027-04-01", "2027-10-01"))
                .post("/api/v1/plans/" + id + "/actions")
                .then().statusCode(201).header("ETag", equalTo("\"1\""))
                .header("Location", containsString("/api/v1/plans/" + id + "/actions/"))
                .body("status", equalTo("PLANNED"))
                .body("responsibleOrgId", equalTo(PlanFixtures.REGION))
                .extract().path("id");

        municipality().header("If-Match", "\"1\"").body("{\"status\": \"DONE\", \"achieved\": true}")
                .patch("/api/v1/plans/" + id + "/actions/" + actionId)
                .then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("status", equalTo("DONE")).body("achieved", equalTo(true))
                .body("intervention", equalTo("RELAPSE_PREVENTION"));

        municipality().get("/api/v1/plans/" + id).then().header("ETag", equalTo("\"2\""))
                .body("actions", hasSize(1))
                .body("actions[0].id", equalTo(actionId))
                .body("actions[0].status", equalTo("DONE"));
    }

    @Test
    void aStaleOrMissingIfMatchOnAChangeIsRefusedAndNothingIsLost() {
        String id = startPlan(TestPersons.next());
        String actionId = municipality().body(action("INDIVIDUAL", "AFTERCARE", "2027-04-01", "2027-10-01"))
                .post("/api/v1/plans/" + id + "/actions").then().statusCode(201).extract().path("id");

        municipality().header("If-Match", "\"0\"").body("{\"status\": \"CANCELLED\"}")
                .patch("/api/v1/plans/" + id + "/actions/" + actionId)
                .then().statusCode(412).body("type", equalTo("urn:sip:problem:precondition-failed"));
        municipality().body("{\"status\": \"CANCELLED\"}").patch("/api/v1/plans/" + id + "/actions/" + actionId)
                .then().statusCode(428);

        municipality().get("/api/v1/plans/" + id).then().header("ETag", equalTo("\"1\""))
                .body("actions[0].status", equalTo("PLANNED"))
                .body("actions[0].responsibleOrgId", equalTo("INDIVIDUAL"));
    }

    @Test
    void brokenRulesAreRefusedWithTheReason() {
        String id = startPlan(TestPersons.next());
        String actions = "/api/v1/plans/" + id + "/actions";
        municipality().body(action(PlanFixtures.STRANGER, "AFTERCARE", "2027-04-01", "2027-10-01")).post(actions)
                .then().statusCode(422).body("type", equalTo("urn:sip:problem:rule-violation"))
                .body("detail", containsString("responsibleOrgId"));
        municipality().body(action(PlanFixtures.REGION, "OTHER", "2027-04-01", "2027-10-01")).post(actions)
                .then().statusCode(422).body("detail", containsString("interventionText"));
        municipality().body(action(PlanFixtures.REGION, "AFTERCARE", "2027-10-01", "2027-04-01")).post(actions)
                .then().statusCode(422).body("detail", containsString("dueOn"));
        municipality().body(action(PlanFixtures.REGION, "GARDENING", "2027-04-01", "2027-10-01")).post(actions)
                .then().statusCode(400);

        String actionId = municipality().body(action(PlanFixtures.REGION, "AFTERCARE", "2027-04-01", "2027-10-01"))
                .post(actions).then().statusCode(201).extract().path("id");
        municipality().header("If-Match", "\"1\"").body("{\"dueOn\": \"2027-01-01\"}")
                .patch(actions + "/" + actionId).then().statusCode(422).body("detail", containsString("dueOn"));
        municipality().get("/api/v1/plans/" + id).then().body("version", equalTo(1))
                .body("actions[0].dueOn", equalTo("2027-10-01"))
                .body("actions[0].interventionText", nullValue());
    }
}
