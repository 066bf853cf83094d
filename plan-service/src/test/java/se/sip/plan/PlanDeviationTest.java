package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.REGION;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.body;
import static se.sip.plan.PlanFixtures.grantSharingWithRegion;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.region;
import static se.sip.plan.PlanFixtures.startPlan;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanDeviationTest {

    private static final String ACTION = """
            {"lifeArea": "SUBSTANCE_USE", "intervention": "RELAPSE_PREVENTION", "description": "Återfallsgrupp.",
             "responsibleOrgId": "%s", "dueOn": "2027-10-01", "status": "ONGOING"}""".formatted(REGION);

    @Inject
    PersonRefs personRefs;

    private static String deviation(String org, String actionId) {
        return "{\"description\": \"Gruppen ställdes in två gånger.\", \"reportedByOrgId\": \"%s\"%s}".formatted(org,
                actionId == null ? "" : ", \"actionId\": \"" + actionId + "\"");
    }

    @Test
    void aPartyReportsADeviationAndTheEventLinksToItWithoutItsText() {
        String person = TestPersons.next();
        String id = startPlan(person);
        String actionId = municipality().body(ACTION).post("/api/v1/plans/" + id + "/actions")
                .then().statusCode(201).extract().path("id");
        grantSharingWithRegion(personRefs.of(PersonalIdentityNumber.parse(person)), PlanFixtures.newConsentId());
        await().atMost(ARRIVAL).untilAsserted(() -> region().get("/api/v1/plans/" + id).then().statusCode(200));

        String deviationId = region().body(deviation(REGION, actionId)).post("/api/v1/plans/" + id + "/deviations")
                .then().statusCode(201).header("ETag", equalTo("\"2\""))
                .body("reportedByOrgId", equalTo(REGION)).body("actionId", equalTo(actionId))
                .extract().path("id");
        municipality().get("/api/v1/plans/" + id).then().body("deviations", hasSize(1))
                .body("deviations[0].id", equalTo(deviationId))
                .body("deviations[0].description", equalTo("Gruppen ställdes in två gånger."));

        String event = body(awaitPlanEvents(id, 3).get(2));
        Assertions.assertTrue(event.contains(EventTypes.DEVIATION_REPORTED), event);
        Assertions.assertTrue(event.contains("\"deviationId\":\"" + deviationId + "\""), event);
        Assertions.assertTrue(event.contains("\"actionId\":\"" + actionId + "\""), event);
        Assertions.assertFalse(event.contains("ställdes in"), event);
        Assertions.assertFalse(event.contains(person.substring(2)), event);
    }

    @Test
    void aReportInAnotherOrganisationsNameOrAboutAnUnknownActionIsRefused() {
        String id = startPlan(TestPersons.next());
        municipality().body(deviation(REGION, null)).post("/api/v1/plans/" + id + "/deviations")
                .then().statusCode(422).body("detail", containsString("reportedByOrgId"));
        municipality().body(deviation(PlanFixtures.MUNICIPALITY, "3a9d6b1e-0c4f-4f5a-8e2d-6b7c8d9e0f12"))
                .post("/api/v1/plans/" + id + "/deviations")
                .then().statusCode(422).body("detail", containsString("actionId"));
        municipality().get("/api/v1/plans/" + id).then().body("version", equalTo(0)).body("deviations", hasSize(0));
    }
}
