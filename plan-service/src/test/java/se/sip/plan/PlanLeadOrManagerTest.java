package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.REGION;
import static se.sip.plan.PlanFixtures.SIS;
import static se.sip.plan.PlanFixtures.STRANGER;
import static se.sip.plan.PlanFixtures.as;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.region;
import static se.sip.plan.PlanFixtures.sis;
import static se.sip.plan.PlanFixtures.startPlan;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.ConsentEventFeed;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * Function-level rules (OWASP API5): closing a plan and recording the discharge are the lead organisation's, or a
 * manager's of a party organisation. Another party that sees the plan gets 403 saying who may, and nothing changes;
 * an organisation that cannot see the plan still gets 404. The other placement changes stay any party's.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanLeadOrManagerTest {

    private static final String GOALS_MET = "{\"reason\": \"GOALS_MET\"}";
    private static final String DISCHARGED = "{\"type\": \"DISCHARGED\", \"effectiveOn\": \"2027-04-01\"}";
    private static final String SECTION_27 = "{\"type\": \"SECTION_27_PLACEMENT\", \"effectiveOn\": \"2027-02-01\"}";

    @Inject
    PersonRefs personRefs;

    @Test
    void aCaseworkerOfAPartyThatDoesNotLeadMayNeitherCloseNorDischargeAndNothingChanges() {
        String id = planEveryPartySees();

        for (RequestSpecification party : List.of(region(), sis())) {
            party.body(DISCHARGED).post("/api/v1/plans/" + id + "/placement-changes").then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:sip:problem:forbidden"))
                    .body("detail", equalTo("Only the lead organisation (" + MUNICIPALITY + "), or a manager (role"
                            + " manager) of a party organisation, may record the discharge."));
        }
        region().header("If-Match", "\"0\"").body(GOALS_MET).post("/api/v1/plans/" + id + "/closure").then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:forbidden"))
                .body("detail", equalTo("Only the lead organisation (" + MUNICIPALITY + "), or a manager (role"
                        + " manager) of a party organisation, may close the plan."));
        // Who cannot see the plan learns nothing, manager or not.
        for (RequestSpecification outsider : List.of(as("cw-9", STRANGER, "MUNICIPALITY", "caseworker"),
                as("mgr-9", STRANGER, "MUNICIPALITY", "manager"))) {
            outsider.body(GOALS_MET).post("/api/v1/plans/" + id + "/closure").then().statusCode(404);
        }
        as("mgr-9", STRANGER, "MUNICIPALITY", "manager").body(DISCHARGED)
                .post("/api/v1/plans/" + id + "/placement-changes").then().statusCode(404);

        municipality().get("/api/v1/plans/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("ACTIVE"))
                .body("placementChanges", hasSize(0))
                .body("parties.orgId", contains(MUNICIPALITY, SIS, REGION));
        assertEquals(1, awaitPlanEvents(id, 1).size(), "only created: no closure, placement or party event");

        // The other placement changes stay any party's.
        region().body(SECTION_27).post("/api/v1/plans/" + id + "/placement-changes").then().statusCode(201)
                .body("placementChanges[0].recordedByOrg", equalTo(REGION));
    }

    @Test
    void aManagerOfAPartyThatDoesNotLeadDischargesAndCloses() {
        String id = planEveryPartySees();
        RequestSpecification regionManager = as("mgr-1", REGION, "REGION", "manager");

        regionManager.body(DISCHARGED).post("/api/v1/plans/" + id + "/placement-changes").then().statusCode(201)
                .body("placementChanges[0].type", equalTo("DISCHARGED"))
                .body("placementChanges[0].recordedByOrg", equalTo(REGION))
                .body("parties.orgId", not(hasItem(SIS)));
        as("mgr-1", REGION, "REGION", "manager").header("If-Match", "\"1\"").body(GOALS_MET)
                .post("/api/v1/plans/" + id + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closure.org", equalTo(REGION));
    }

    @Test
    void theLeadDischargesAndClosesWithAnyRoleTheCallAllows() {
        String id = startPlan(TestPersons.next());
        municipality().body(DISCHARGED).post("/api/v1/plans/" + id + "/placement-changes").then().statusCode(201)
                .body("parties.orgId", contains(MUNICIPALITY, REGION));
        municipality().body(GOALS_MET).post("/api/v1/plans/" + id + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closure.org", equalTo(MUNICIPALITY));

        // A partner system of the lead records placement changes, the discharge among them; closing is not its call.
        String other = startPlan(TestPersons.next());
        as("p-1", MUNICIPALITY, "MUNICIPALITY", "partner").body(DISCHARGED)
                .post("/api/v1/plans/" + other + "/placement-changes").then().statusCode(201);
        as("p-1", MUNICIPALITY, "MUNICIPALITY", "partner").body(GOALS_MET).post("/api/v1/plans/" + other + "/closure")
                .then().statusCode(403).body("detail", not(containsString("lead organisation")));
    }

    /** An LVM-aftercare plan led by the municipality that SiS and the region see too (a consent shares with both). */
    private String planEveryPartySees() {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        String id = startPlan(person);
        ConsentEventFeed.publish(personRef, ConsentEventFeed.event(EventTypes.CONSENT_GRANTED, personRef,
                PlanFixtures.newConsentId(), "ACTIVE", List.of("SHARE_INFORMATION"), List.of(MUNICIPALITY, SIS, REGION),
                MUNICIPALITY));
        await().atMost(ARRIVAL).untilAsserted(() -> {
            region().get("/api/v1/plans/" + id).then().statusCode(200);
            sis().get("/api/v1/plans/" + id).then().statusCode(200);
        });
        return id;
    }
}
