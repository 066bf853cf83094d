package se.sip.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.sip.plan.PlanFixtures.as;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.body;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.startPlan;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanClosureTest {

    private static final String GOALS_MET = "{\"reason\": \"GOALS_MET\", \"note\": \"Agreed at the follow-up.\"}";

    @Test
    void closesWithTheCurrentVersionRefusesAStaleOneAndWillNotCloseTwice() {
        String id = startPlan(TestPersons.next());

        municipality().header("If-Match", "\"7\"").body(GOALS_MET).post("/api/v1/plans/" + id + "/closure")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:precondition-failed"));
        municipality().get("/api/v1/plans/" + id).then().body("status", equalTo("ACTIVE"));

        municipality().header("If-Match", "\"0\"").body(GOALS_MET).post("/api/v1/plans/" + id + "/closure")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("CLOSED"))
                .body("closure.reason", equalTo("GOALS_MET"))
                .body("closure.note", equalTo("Agreed at the follow-up."))
                .body("closure.org", equalTo(PlanFixtures.MUNICIPALITY));

        municipality().body(GOALS_MET).post("/api/v1/plans/" + id + "/closure").then().statusCode(409)
                .body("type", equalTo("urn:sip:problem:conflict"));

        Assertions.assertTrue(body(awaitPlanEvents(id, 2).get(1)).contains("se.sip.plan.closed.v1"));
    }

    @Test
    void anOrganisationThatCannotSeeThePlanCannotCloseIt() {
        String id = startPlan(TestPersons.next());
        as("cw-9", PlanFixtures.STRANGER, "MUNICIPALITY", "caseworker").body(GOALS_MET)
                .post("/api/v1/plans/" + id + "/closure").then().statusCode(404);
        municipality().body("{\"reason\": \"SOMETIME\"}").post("/api/v1/plans/" + id + "/closure")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void aCallerGivesNoReasonThatContradictsTheRoutineAndNothingCloses() {
        String id = startPlan(TestPersons.next());
        for (String systems : new String[] { "CONSENT_WITHDRAWN", "CONSENT_EXPIRED" }) {
            municipality().body("{\"reason\": \"" + systems + "\"}").post("/api/v1/plans/" + id + "/closure").then()
                    .statusCode(422).body("detail", containsString(systems + " is the system's reason"));
        }
        municipality().body("{\"reason\": \"OTHER\", \"note\": \" \"}").post("/api/v1/plans/" + id + "/closure")
                .then().statusCode(400).body("errors[0].field", equalTo("note"));

        // Seed 004: a youth assignment ends with its goals met when a follow-up shows them met.
        String youth = PlanFixtures.startYouth(PlanFixtures.youngPerson(), null, null);
        municipality().body(GOALS_MET).post("/api/v1/plans/" + youth + "/closure").then().statusCode(422)
                .body("detail", containsString("no FOLLOW_UP meeting of this plan is held yet"));
        for (String plan : new String[] { id, youth }) {
            municipality().get("/api/v1/plans/" + plan).then().body("status", equalTo("ACTIVE"));
        }
        municipality().body("{\"reason\": \"OTHER\", \"note\": \"Familjen har flyttat utomlands.\"}")
                .post("/api/v1/plans/" + youth + "/closure").then().statusCode(200).body("closure.reason",
                        equalTo("OTHER"));
    }
}
