package se.sip.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.SIS;
import static se.sip.plan.PlanFixtures.lvmAftercare;
import static se.sip.plan.PlanFixtures.municipality;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** Other measures (the legal minimum's third point) and a youth assignment's order to the resource unit. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanOtherMeasuresTest {

    private static final String MEASURES = """
            "otherMeasures": [
              {"description": "Går på AA-möten.", "responsibleOrgId": "INDIVIDUAL"},
              {"description": "Övervakning.", "responsibleOrgId": "kriminalvarden", "responsibleName": "Frivården Motala"},
              {"description": "Utslussning.", "responsibleOrgId": "%s"}
            ],""".formatted(SIS);

    private static final String SRV = "kommun-0583-srv";

    @Test
    void aPlanStartsWithOtherMeasuresAndTheyAreReplacedUnderIfMatch() {
        String id = municipality().body(withMeasures(lvmAftercare(TestPersons.next()), MEASURES))
                .post("/api/v1/plans").then().statusCode(201)
                .body("otherMeasures", hasSize(3))
                .body("otherMeasures[0].responsibleOrgId", equalTo("INDIVIDUAL"))
                .body("otherMeasures[1].responsibleName", equalTo("Frivården Motala"))
                .body("youthOrder", nullValue())
                .extract().path("id");

        String one = "{\"otherMeasures\": [{\"description\": \"Söker jobb.\", \"responsibleOrgId\": \"INDIVIDUAL\"}]}";
        municipality().body(one).put("/api/v1/plans/" + id + "/other-measures").then().statusCode(428);
        municipality().header("If-Match", "\"0\"")
                .body("{\"otherMeasures\": [{\"description\": \"x\", \"responsibleOrgId\": \"" + MUNICIPALITY + "\"}]}")
                .put("/api/v1/plans/" + id + "/other-measures").then().statusCode(422)
                .body("detail", containsString("principal"));
        municipality().header("If-Match", "\"0\"").body(one).put("/api/v1/plans/" + id + "/other-measures")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("otherMeasures", hasSize(1)).body("otherMeasures[0].description", equalTo("Söker jobb."));
        municipality().get("/api/v1/plans/" + id).then().body("otherMeasures", hasSize(1));
    }

    @Test
    void aMeasureOfAPrincipalOrOfAnUnnamedOutsiderIsRefused() {
        String principal = "\"otherMeasures\": [{\"description\": \"x\", \"responsibleOrgId\": \"" + MUNICIPALITY
                + "\"}],";
        municipality().body(withMeasures(lvmAftercare(TestPersons.next()), principal)).post("/api/v1/plans")
                .then().statusCode(422).body("detail", containsString("principal's own measures are the plan's actions"));
        String unnamed = "\"otherMeasures\": [{\"description\": \"x\", \"responsibleOrgId\": \"kriminalvarden\"}],";
        municipality().body(withMeasures(lvmAftercare(TestPersons.next()), unnamed)).post("/api/v1/plans")
                .then().statusCode(422).body("detail", containsString("needs responsibleName"));
    }

    @Test
    void aYouthAssignmentCarriesItsTimeLimitedOrderToTheResourceUnit() {
        String person = PlanFixtures.youngPerson();
        municipality().body(youth(person, SRV, "2027-07-15")).post("/api/v1/plans").then().statusCode(201)
                .body("kind", equalTo("YOUTH_ASSIGNMENT"))
                .body("youthOrder.resourceUnitOrgId", equalTo(SRV))
                .body("youthOrder.orderedOn", equalTo("2027-01-10"))
                .body("youthOrder.interventionTo", equalTo("2027-07-15"));

        municipality().body(youth(PlanFixtures.youngPerson(), "srv-elsewhere", "2027-07-15")).post("/api/v1/plans")
                .then().statusCode(422).body("detail", containsString("resource unit"));
        municipality().body(youth(PlanFixtures.youngPerson(), SRV, "2027-01-01")).post("/api/v1/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("youthOrder.interventionTo"));
        municipality().body(withMeasures(lvmAftercare(TestPersons.next()), ORDER.formatted(SIS, "2027-07-15")))
                .post("/api/v1/plans").then().statusCode(422).body("detail", containsString("only a YOUTH_ASSIGNMENT"));
    }

    @Test
    void anOrderIsRecordedAfterTheStartUnderIfMatchAndOnlyForAYouthAssignment() {
        String id = municipality().body(youth(PlanFixtures.youngPerson(), SRV, "2027-07-15").replace(
                ORDER.formatted(SRV, "2027-07-15"), "")).post("/api/v1/plans").then().statusCode(201)
                .body("youthOrder", nullValue()).extract().path("id");
        String order = """
                {"resourceUnitOrgId": "%s", "orderedOn": "2027-02-01", "interventionFrom": "2027-02-10",
                 "interventionTo": "%s"}""";

        municipality().body(order.formatted(SRV, "2027-08-10")).put("/api/v1/plans/" + id + "/youth-order")
                .then().statusCode(428);
        municipality().header("If-Match", "\"0\"").body(order.formatted(SRV, "2027-01-01"))
                .put("/api/v1/plans/" + id + "/youth-order").then().statusCode(400)
                .body("errors[0].field", equalTo("interventionTo"));
        municipality().header("If-Match", "\"0\"").body(order.formatted(SIS, "2027-08-10"))
                .put("/api/v1/plans/" + id + "/youth-order").then().statusCode(422);
        municipality().header("If-Match", "\"0\"").body(order.formatted(SRV, "2027-08-10"))
                .put("/api/v1/plans/" + id + "/youth-order").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("youthOrder.orderedOn", equalTo("2027-02-01"))
                .body("youthOrder.interventionTo", equalTo("2027-08-10"));

        String lvm = PlanFixtures.startPlan(TestPersons.next());
        municipality().header("If-Match", "\"0\"").body(order.formatted(SIS, "2027-08-10"))
                .put("/api/v1/plans/" + lvm + "/youth-order").then().statusCode(422)
                .body("detail", containsString("only a YOUTH_ASSIGNMENT"));
    }

    private static final String ORDER = """
            "youthOrder": {"resourceUnitOrgId": "%s", "orderedOn": "2027-01-10", "interventionFrom": "2027-01-15",
                           "interventionTo": "%s"},""";

    private static String youth(String personId, String resourceUnit, String interventionTo) {
        return """
                {
                  "personId": "%s",
                  "kind": "YOUTH_ASSIGNMENT",
                  "lead": {"orgId": "%s", "name": "Motala kommun, socialkontoret"},
                  "parties": [
                    {"orgId": "%s", "orgType": "MUNICIPALITY", "name": "Motala kommun, socialkontoret"},
                    {"orgId": "%s", "orgType": "MUNICIPALITY", "name": "Sociala resursverksamheten (SRV)"}
                  ],
                  %s
                  "horizonMonths": 6,
                  "individualGoal": "Jag vill klara skolan.",
                  "needs": "Stöd i familjen och med skolgången."
                }""".formatted(personId, MUNICIPALITY, MUNICIPALITY, SRV,
                ORDER.formatted(resourceUnit, interventionTo));
    }

    /** The body with {@code fields} (each ending with a comma) inserted before individualGoal. */
    private static String withMeasures(String body, String fields) {
        return body.replace("\"individualGoal\"", fields + "\n  \"individualGoal\"");
    }
}
