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
class PlanLifeAreaTest {

    private static final String KEPT_GOAL = "7c1e2a44-2f0b-4f7e-9c43-1d2b3a4c5d6e";
    private static final String HOUSING = """
            {"currentSituation": "Ingen egen bostad.",
             "goals": [{"text": "Eget kontrakt", "targetDate": "2027-10-01"},
                       {"id": "%s", "text": "Träningslägenhet"}]}""".formatted(KEPT_GOAL);

    @Test
    void describesAnAreaKeepsGivenGoalIdsAssignsTheRestAndRaisesTheVersion() {
        String id = startPlan(TestPersons.next());
        municipality().get("/api/v1/plans/" + id).then().statusCode(200)
                .body("lifeAreas", hasSize(9))
                .body("lifeAreas[0].area", equalTo("SUBSTANCE_USE"))
                .body("lifeAreas[5].goals", hasSize(0));

        municipality().header("If-Match", "\"0\"").body(HOUSING).put("/api/v1/plans/" + id + "/life-areas/HOUSING")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("lifeAreas[5].area", equalTo("HOUSING"))
                .body("lifeAreas[5].currentSituation", equalTo("Ingen egen bostad."))
                .body("lifeAreas[5].goals", hasSize(2))
                .body("lifeAreas[5].goals[0].id", org.hamcrest.Matchers.notNullValue())
                .body("lifeAreas[5].goals[0].targetDate", equalTo("2027-10-01"))
                .body("lifeAreas[5].goals[1].id", equalTo(KEPT_GOAL))
                .body("lifeAreas[0].currentSituation", nullValue());

        municipality().get("/api/v1/plans/" + id).then().header("ETag", equalTo("\"1\""))
                .body("lifeAreas[5].goals[1].text", equalTo("Träningslägenhet"));
    }

    @Test
    void aStaleOrMissingIfMatchIsRefusedAndNothingIsLost() {
        String id = startPlan(TestPersons.next());
        municipality().header("If-Match", "\"0\"").body(HOUSING).put("/api/v1/plans/" + id + "/life-areas/HOUSING")
                .then().statusCode(200);

        municipality().header("If-Match", "\"0\"").body("{\"currentSituation\": \"Annat\", \"goals\": []}")
                .put("/api/v1/plans/" + id + "/life-areas/HOUSING")
                .then().statusCode(412).body("type", equalTo("urn:sip:problem:precondition-failed"));
        municipality().body("{\"currentSituation\": \"Annat\", \"goals\": []}")
                .put("/api/v1/plans/" + id + "/life-areas/HOUSING")
                .then().statusCode(428).body("type", equalTo("urn:sip:problem:precondition-required"));

        municipality().get("/api/v1/plans/" + id).then().header("ETag", equalTo("\"1\""))
                .body("lifeAreas[5].currentSituation", equalTo("Ingen egen bostad."))
                .body("lifeAreas[5].goals", hasSize(2));
    }

    @Test
    void anUnknownAreaIsNamedAndAClosedPlanDoesNotChange() {
        String id = startPlan(TestPersons.next());
        municipality().header("If-Match", "\"0\"").body(HOUSING).put("/api/v1/plans/" + id + "/life-areas/GARDENING")
                .then().statusCode(404).body("detail", containsString("GARDENING"));
        municipality().header("If-Match", "\"0\"").body("{\"currentSituation\": \"x\", \"goals\": [{\"text\": \"\"}]}")
                .put("/api/v1/plans/" + id + "/life-areas/HOUSING").then().statusCode(400);

        municipality().body("{\"reason\": \"GOALS_MET\"}").post("/api/v1/plans/" + id + "/closure").then().statusCode(200);
        municipality().header("If-Match", "\"1\"").body(HOUSING).put("/api/v1/plans/" + id + "/life-areas/HOUSING")
                .then().statusCode(409);
    }
}
