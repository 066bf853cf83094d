package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.REGION;
import static se.sip.plan.PlanFixtures.SIS;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.caseworker;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.newConsentId;
import static se.sip.plan.PlanFixtures.region;
import static se.sip.plan.PlanFixtures.sis;
import static se.sip.plan.PlanFixtures.startPlan;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.ConsentEventFeed;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** Parties join and leave a started plan, and replace their contact person; each change is an event. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanPartyTest {

    private static final String HOUSING = "bostadsbolaget-motala";
    private static final String HOUSING_PARTY = """
            {"orgId": "bostadsbolaget-motala", "orgType": "OTHER", "name": "Bostadsbolaget i Motala"}""";

    @Inject
    PersonRefs personRefs;

    @Test
    void aCoveredOrganisationJoinsReadsThePlanAndIsAnnouncedOnce() {
        String person = TestPersons.next();
        String id = startPlan(person);
        shareWith(person, MUNICIPALITY, REGION, SIS, HOUSING);

        municipality().header("If-Match", "\"0\"").body(HOUSING_PARTY).post(parties(id))
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("parties.orgId", hasItem(HOUSING));
        await().atMost(ARRIVAL).untilAsserted(() -> region().get("/api/v1/plans/" + id).then().statusCode(200));
        housing().get("/api/v1/plans/" + id).then().statusCode(200);

        municipality().body(HOUSING_PARTY).post(parties(id)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("already a party"));
        municipality().body("{\"orgId\": \"\", \"orgType\": \"OTHER\"}").post(parties(id)).then().statusCode(400);

        JsonPath added = JsonPath.from(eventOf(id, EventTypes.PLAN_PARTY_ADDED));
        assertEquals(HOUSING, added.getString("data.orgId"));
        assertEquals("OTHER", added.getString("data.orgType"));
        assertEquals(1, added.getInt("data.version"));
        assertEquals(List.of(MUNICIPALITY, SIS, REGION, HOUSING), added.getList("data.partyOrgIds"));
        assertNull(added.get("data.cause"));
    }

    @Test
    void anOrganisationNoConsentCoversDoesNotJoin() {
        String person = TestPersons.next();
        String id = startPlan(person);
        FakeConsentService.refuseOrg(person, HOUSING);

        municipality().body(HOUSING_PARTY).post(parties(id)).then().statusCode(422)
                .body("detail", containsString(HOUSING));
        municipality().get("/api/v1/plans/" + id).then().header("ETag", equalTo("\"0\""))
                .body("parties.orgId", not(hasItem(HOUSING)));
    }

    @Test
    void aPartyLeavesOnlyWhenNothingHoldsItAndLosesItsAccess() {
        String person = TestPersons.next();
        String id = startPlan(person);
        shareWith(person, MUNICIPALITY, REGION, SIS);
        String action = municipality().header("If-Match", "\"0\"").body("""
                {"lifeArea": "SUBSTANCE_USE", "intervention": "ADDICTION_TREATMENT", "description": "Återfallsprevention",
                 "responsibleOrgId": "%s", "dueOn": "2027-03-01", "status": "ONGOING"}""".formatted(REGION))
                .post("/api/v1/plans/" + id + "/actions").then().statusCode(201).extract().path("id");
        await().atMost(ARRIVAL).untilAsserted(() -> region().get("/api/v1/plans/" + id).then().statusCode(200));

        municipality().delete(party(id, REGION)).then().statusCode(428);
        municipality().header("If-Match", "\"0\"").delete(party(id, REGION)).then().statusCode(412);
        sis().header("If-Match", "\"1\"").delete(party(id, REGION)).then().statusCode(403);
        municipality().header("If-Match", "\"1\"").delete(party(id, "kommun-0180")).then().statusCode(404);
        municipality().header("If-Match", "\"1\"").delete(party(id, MUNICIPALITY)).then().statusCode(422)
                .body("detail", containsString("it is the lead"));
        UUID meeting = UUID.randomUUID();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        MinutesEventFeed.publish(personRef, MinutesEventFeed.submitted(personRef, id, meeting,
                List.of(MUNICIPALITY, REGION)));
        await().atMost(ARRIVAL).untilAsserted(() -> municipality().header("If-Match", "\"1\"")
                .delete(party(id, REGION)).then().statusCode(422)
                .body("detail", containsString("open actions [" + action + "]"))
                .body("detail", containsString("minutes of meetings [" + meeting + "]")));

        region().header("If-Match", "\"1\"").body("{\"status\": \"DONE\"}")
                .patch("/api/v1/plans/" + id + "/actions/" + action).then().statusCode(200);
        region().header("If-Match", "\"2\"").delete(party(id, REGION)).then().statusCode(422)
                .body("detail", not(containsString("open actions")));
        MinutesEventFeed.publish(personRef, MinutesEventFeed.approved(personRef, id, meeting, 1));

        // The region leaves by itself once its minutes are approved.
        await().atMost(ARRIVAL).untilAsserted(() -> region().header("If-Match", "\"2\"").delete(party(id, REGION))
                .then().statusCode(200).header("ETag", equalTo("\"3\"")).body("parties.orgId", not(hasItem(REGION))));
        region().get("/api/v1/plans/" + id).then().statusCode(404);

        JsonPath removed = JsonPath.from(eventOf(id, EventTypes.PLAN_PARTY_REMOVED));
        assertEquals(REGION, removed.getString("data.orgId"));
        assertEquals("REMOVED", removed.getString("data.cause"));
        assertEquals(3, removed.getInt("data.version"));
        assertEquals(List.of(MUNICIPALITY, SIS), removed.getList("data.partyOrgIds"));
    }

    @Test
    void theContactPersonIsReplacedByThePartyOrTheLeadAndTheChangeIsNamed() {
        String person = TestPersons.next();
        String id = startPlan(person);
        shareWith(person, MUNICIPALITY, REGION, SIS);
        await().atMost(ARRIVAL).untilAsserted(() -> region().get("/api/v1/plans/" + id).then().statusCode(200));

        region().body("{\"name\": \"Kim Berg\", \"phone\": \"010-100 00 00\", \"email\": \"kim.berg@example.se\"}")
                .put(party(id, REGION) + "/contact").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("parties.find { it.orgId == '" + REGION + "' }.contact",
                        equalTo("Kim Berg, 010-100 00 00, kim.berg@example.se"));
        sis().body("{\"name\": \"Someone Else\"}").put(party(id, REGION) + "/contact").then().statusCode(403);
        region().body("{\"name\": \"Kim Berg\", \"email\": \"not an address\"}").put(party(id, REGION) + "/contact")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));

        JsonPath changed = JsonPath.from(eventOf(id, EventTypes.PLAN_CHANGED));
        assertEquals(List.of("parties.contact"), changed.getList("data.parts"));
        assertEquals(1, changed.getInt("data.version"));
    }

    @Test
    void atTheDischargeSisLeavesAndThatIsAnnouncedAfterThePlacementChange() {
        String id = startPlan(TestPersons.next());
        municipality().body("{\"type\": \"DISCHARGED\", \"effectiveOn\": \"2027-04-01\"}")
                .post("/api/v1/plans/" + id + "/placement-changes").then().statusCode(201)
                .body("parties", hasSize(2));

        List<String> bodies = awaitPlanEvents(id, 3).stream().map(PlanFixtures::body).toList();
        assertEquals(EventTypes.PLACEMENT_CHANGED, JsonPath.from(bodies.get(1)).getString("type"));
        JsonPath removed = JsonPath.from(bodies.get(2));
        assertEquals(EventTypes.PLAN_PARTY_REMOVED, removed.getString("type"));
        assertEquals(SIS, removed.getString("data.orgId"));
        assertEquals("DISCHARGED", removed.getString("data.cause"));
        assertEquals(List.of(MUNICIPALITY, REGION), removed.getList("data.partyOrgIds"));
    }

    private void shareWith(String person, String... orgs) {
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        ConsentEventFeed.publish(personRef, ConsentEventFeed.event(EventTypes.CONSENT_GRANTED, personRef,
                newConsentId(), "ACTIVE", List.of("SHARE_INFORMATION"), List.of(orgs), MUNICIPALITY));
    }

    /** The one event of this type about the plan. */
    private static String eventOf(String planId, String type) {
        return await().atMost(ARRIVAL).until(() -> PlanFixtures.planEventsAbout(planId).stream()
                .map(PlanFixtures::body).filter(b -> b.contains("\"type\":\"" + type + "\"")).toList(),
                list -> list.size() == 1).get(0);
    }

    private static RequestSpecification housing() {
        return caseworker(HOUSING, "OTHER");
    }

    private static String parties(String planId) {
        return "/api/v1/plans/" + planId + "/parties";
    }

    private static String party(String planId, String orgId) {
        return parties(planId) + "/" + orgId;
    }
}
