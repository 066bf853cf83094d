package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.REGION;
import static se.sip.plan.PlanFixtures.STRANGER;
import static se.sip.plan.PlanFixtures.as;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.grantSharingWithRegion;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.newConsentId;
import static se.sip.plan.PlanFixtures.region;
import static se.sip.plan.PlanFixtures.startPlan;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** Changing the lead (huvudansvarig): to a party only, guarded by If-Match, recorded, carried by the next events. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanLeadChangeTest {

    private static final String TO_REGION = "{\"orgId\": \"" + REGION + "\"}";

    @Inject
    PersonRefs personRefs;

    @Test
    void theLeadPassesToAPartyTheChangeIsRecordedAndTheNextEventCarriesIt() {
        String person = TestPersons.next();
        String id = startPlan(person);
        // A consent sharing with both, so the municipality still sees the plan once it no longer leads it.
        grantSharingWithRegion(personRefs.of(PersonalIdentityNumber.parse(person)), newConsentId());
        await().atMost(ARRIVAL).untilAsserted(() -> region().get("/api/v1/plans/" + id).then().statusCode(200));

        municipality().header("If-Match", "\"0\"").body(TO_REGION).put("/api/v1/plans/" + id + "/lead")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("lead.orgId", equalTo(REGION))
                .body("lead.name", equalTo("Beroendemottagningen"))
                .body("leadChanges", hasSize(1))
                .body("leadChanges[0].from.orgId", equalTo(MUNICIPALITY))
                .body("leadChanges[0].to.orgId", equalTo(REGION))
                .body("leadChanges[0].changedByOrg", equalTo(MUNICIPALITY));

        region().get("/api/v1/plans/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("lead.orgId", equalTo(REGION)).body("leadChanges[0].to.name", equalTo("Beroendemottagningen"));
        // Naming the lead it already has changes nothing.
        region().header("If-Match", "\"1\"").body(TO_REGION).put("/api/v1/plans/" + id + "/lead")
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("leadChanges", hasSize(1));

        region().body("{\"reason\": \"GOALS_MET\"}").post("/api/v1/plans/" + id + "/closure").then().statusCode(200);
        String closed = awaitPlanEvents(id, 3).stream().map(PlanFixtures::body)
                .filter(b -> b.contains("se.sip.plan.closed.v1")).findFirst().orElseThrow();
        assertEquals(REGION, JsonPath.from(closed).getString("data.leadOrgId"));
    }

    @Test
    void aStaleOrMissingIfMatchANonPartyOrAClosedPlanChangeNothing() {
        String id = startPlan(TestPersons.next());
        municipality().header("If-Match", "\"0\"").body("{\"currentSituation\": \"x\", \"goals\": []}")
                .put("/api/v1/plans/" + id + "/life-areas/HOUSING").then().statusCode(200);

        municipality().header("If-Match", "\"0\"").body(TO_REGION).put("/api/v1/plans/" + id + "/lead")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:precondition-failed"));
        municipality().body(TO_REGION).put("/api/v1/plans/" + id + "/lead").then().statusCode(428);
        municipality().header("If-Match", "\"1\"").body("{\"orgId\": \"" + STRANGER + "\"}")
                .put("/api/v1/plans/" + id + "/lead").then().statusCode(422)
                .body("detail", containsString("must be one of the plan's parties"));
        municipality().header("If-Match", "\"1\"").body("{\"orgId\": \"\"}").put("/api/v1/plans/" + id + "/lead")
                .then().statusCode(400);
        as("cw-9", STRANGER, "MUNICIPALITY", "caseworker").header("If-Match", "\"1\"").body(TO_REGION)
                .put("/api/v1/plans/" + id + "/lead").then().statusCode(404);

        municipality().get("/api/v1/plans/" + id).then().header("ETag", equalTo("\"1\""))
                .body("lead.orgId", equalTo(MUNICIPALITY)).body("leadChanges", hasSize(0));

        municipality().body("{\"reason\": \"GOALS_MET\"}").post("/api/v1/plans/" + id + "/closure").then().statusCode(200);
        municipality().header("If-Match", "\"2\"").body(TO_REGION).put("/api/v1/plans/" + id + "/lead")
                .then().statusCode(409);
        municipality().get("/api/v1/plans/" + id).then().body("lead.orgId", equalTo(MUNICIPALITY));
    }
}
