package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.STRANGER;
import static se.sip.plan.PlanFixtures.as;
import static se.sip.plan.PlanFixtures.grantSharingWithRegion;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.newConsentId;
import static se.sip.plan.PlanFixtures.region;
import static se.sip.plan.PlanFixtures.sis;
import static se.sip.plan.PlanFixtures.startPlan;
import static se.sip.plan.PlanFixtures.withdrawn;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.ConsentEventFeed;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** Who sees a plan: the lead always; another party while a consent in force shares with it; nobody else. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanVisibilityTest {

    @Inject
    PersonRefs personRefs;

    @Test
    void aPartyWithASharingConsentSeesThePlanAndLosesItWhenConsentIsWithdrawnWhileTheLeadKeepsIt() {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        String id = startPlan(person);

        // Before the consent reaches the projection, only the lead sees the plan.
        region().get("/api/v1/plans/" + id).then().statusCode(404);
        municipality().get("/api/v1/plans/" + id).then().statusCode(200);

        String consentId = newConsentId();
        grantSharingWithRegion(personRef, consentId);
        await().atMost(ARRIVAL).untilAsserted(() -> region().get("/api/v1/plans/" + id).then().statusCode(200));
        region().queryParam("personId", person).get("/api/v1/plans").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        // The search keeps the number out of the URL and answers alike.
        region().body("{\"personId\": \"" + person + "\"}").post("/api/v1/plans/search").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        sis().body("{\"personId\": \"" + person + "\"}").post("/api/v1/plans/search").then().statusCode(200)
                .body("total", equalTo(0));

        // SiS is a party but the consent does not name it; a stranger is not even a party.
        sis().get("/api/v1/plans/" + id).then().statusCode(404);
        sis().queryParam("personId", person).get("/api/v1/plans").then().statusCode(200).body("total", equalTo(0));
        String problem = as("cw-9", STRANGER, "MUNICIPALITY", "caseworker").get("/api/v1/plans/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", not(containsString(person.substring(2)))).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(problem.contains(person.substring(2)));
        as("cw-9", STRANGER, "MUNICIPALITY", "caseworker").queryParam("personId", person).get("/api/v1/plans")
                .then().statusCode(200).body("total", equalTo(0));

        ConsentEventFeed.publish(personRef, withdrawn(personRef, consentId));
        await().atMost(ARRIVAL).untilAsserted(() -> region().get("/api/v1/plans/" + id).then().statusCode(404));
        region().queryParam("personId", person).get("/api/v1/plans").then().statusCode(200).body("total", equalTo(0));
        municipality().get("/api/v1/plans/" + id).then().statusCode(200);
        municipality().queryParam("personId", person).get("/api/v1/plans").then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void everyReadIsInTheAccessLogOfTheReadersOrganisationDeniedOnesToo() {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        String id = startPlan(person);
        municipality().get("/api/v1/plans/" + id).then().statusCode(200);
        municipality().queryParam("personId", person).get("/api/v1/plans").then().statusCode(200);
        as("cw-9", STRANGER, "MUNICIPALITY", "caseworker").get("/api/v1/plans/" + id).then().statusCode(404);

        as("aud-1", PlanFixtures.MUNICIPALITY, "MUNICIPALITY", "auditor").queryParam("personId", person)
                .get("/api/v1/access-log").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", org.hamcrest.Matchers.contains("READ", "READ", "WRITE"))
                .body("items.resourceType", org.hamcrest.Matchers.everyItem(equalTo("plan")))
                .body("items.outcome", org.hamcrest.Matchers.everyItem(equalTo("PERMITTED")))
                .body("items[0].personRef", equalTo(personRef));
        as("aud-9", STRANGER, "MUNICIPALITY", "auditor").queryParam("personId", person)
                .get("/api/v1/access-log").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].outcome", equalTo("DENIED"));
        municipality().get("/api/v1/access-log").then().statusCode(403);
    }

    @Test
    void listsAreNewestFirstAndPaged() {
        String person = TestPersons.next();
        String first = startPlan(person);
        String second = startPlan(person);
        municipality().queryParam("personId", person).queryParam("size", 1).get("/api/v1/plans").then().statusCode(200)
                .body("total", equalTo(2)).body("size", equalTo(1)).body("items[0].id", equalTo(second));
        municipality().queryParam("personId", person).queryParam("size", 1).queryParam("page", 1).get("/api/v1/plans")
                .then().statusCode(200).body("items[0].id", equalTo(first));
        municipality().queryParam("personId", person).queryParam("page", 5).get("/api/v1/plans").then().statusCode(200)
                .body("total", equalTo(2)).body("items.size()", equalTo(0));
    }
}
