package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.REGION;
import static se.sip.plan.PlanFixtures.SIS;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.startPlan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.AuthorizationMatrix;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.Home;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanAuthorizationMatrixTest extends AuthorizationMatrix {

    @Inject
    PersonRefs personRefs;

    /**
     * The municipality's LVM-aftercare plan (it leads; SiS and the region are parties, and no consent event shares the
     * person's information with them) with an action of its own and an agreed version 1; its needs are the content
     * no one else may see. The region is the party {orgId} names: it may leave, as it is responsible for nothing.
     */
    @Override
    protected Home home() {
        String person = TestPersons.next();
        String id = startPlan(person);
        String actionId = municipality().body("""
                {"lifeArea": "HOUSING", "intervention": "HOUSING_SUPPORT", "description": "Boendestöd.",
                 "responsibleOrgId": "%s", "dueOn": "2027-10-01", "status": "PLANNED"}""".formatted(MUNICIPALITY))
                .post("/api/v1/plans/" + id + "/actions").then().statusCode(201).extract().path("id");
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        MinutesEventFeed.publish(personRef, MinutesEventFeed.approved(personRef, id, UUID.randomUUID(), 1));
        await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/plans/" + id + "/versions/1")
                .then().statusCode(200));
        String etag = municipality().get("/api/v1/plans/" + id).then().statusCode(200).extract().header("ETag");
        return new Home(new Home.Org(MUNICIPALITY, "MUNICIPALITY"),
                Map.of("id", id, "actionId", actionId, "n", "1", "orgId", REGION, "personId", person, "If-Match", etag),
                List.of(person, id, actionId, "Housing and addiction treatment after discharge."));
    }

    @Override
    protected Home.NoConsent noConsent() {
        return Home.NoConsent.party(SIS, "SIS");
    }
}
