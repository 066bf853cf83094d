package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.REGION;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.region;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.time.ClockProducer;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/**
 * The person themselves (role individual) reads their own plans, each plan, its schedule and its milestones; nobody
 * else's, and nothing of an officials' meeting.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class OwnPlansTest {

    private static final String HOUSING_GOAL = "Egen lägenhet inom ett år";

    @Inject
    PersonRefs personRefs;

    private String personRef(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }

    /** A SIP the region leads and started, with the municipality as a party: an organisation's other plan. */
    private static String startSipLedByTheRegion(String personId) {
        return region().body("""
                {
                  "personId": "%s",
                  "kind": "SIP",
                  "lead": {"orgId": "%s", "name": "Beroendemottagningen"},
                  "parties": [
                    {"orgId": "%s", "orgType": "REGION", "name": "Beroendemottagningen"},
                    {"orgId": "%s", "orgType": "MUNICIPALITY", "name": "Motala kommun, vuxenenheten"}
                  ],
                  "individualGoal": "Jag vill må bättre och sova på nätterna.",
                  "needs": "Psykisk hälsa och boende."
                }""".formatted(personId, REGION, REGION, MUNICIPALITY)).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
    }

    /** The municipality's LVM-aftercare plan with a housing goal, an action of the region's and one of the person. */
    private static String lvmPlanWithGoalAndActions(String personId) {
        String id = PlanFixtures.startPlan(personId);
        String goalId = municipality().header("If-Match", "\"0\"").body("""
                {"currentSituation": "Bor hos en vän.", "goals": [{"text": "%s", "targetDate": "2027-12-31"}]}"""
                .formatted(HOUSING_GOAL)).put("/api/v1/plans/" + id + "/life-areas/HOUSING")
                .then().statusCode(200).extract().path("lifeAreas.find { it.area == 'HOUSING' }.goals[0].id");
        municipality().body(action("Boendestöd två gånger i veckan.", REGION, goalId))
                .post("/api/v1/plans/" + id + "/actions").then().statusCode(201);
        municipality().body(action("Söka lägenheter på Bostadsförmedlingen.", "INDIVIDUAL", goalId))
                .post("/api/v1/plans/" + id + "/actions").then().statusCode(201);
        return id;
    }

    private static String action(String description, String responsible, String goalId) {
        return """
                {"lifeArea": "HOUSING", "intervention": "HOUSING_SUPPORT", "description": "%s",
                 "responsibleOrgId": "%s", "goalId": "%s", "dueOn": "2027-10-01", "status": "PLANNED"}"""
                .formatted(description, responsible, goalId);
    }

    @Test
    void thePersonListsEveryPlanAboutThemNewestFirstAndNobodyElses() {
        String person = TestPersons.next();
        String lvm = lvmPlanWithGoalAndActions(person);
        String sip = startSipLedByTheRegion(person);
        municipality().body("{\"reason\": \"GOALS_MET\"}").post("/api/v1/plans/" + lvm + "/closure")
                .then().statusCode(200);
        String someoneElses = PlanFixtures.startPlan(TestPersons.next());

        String body = Tokens.asIndividual(person).get("/api/v1/me/plans").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(sip, lvm))
                .body("items.kind", contains("SIP", "LVM_AFTERCARE"))
                .body("items.status", contains("ACTIVE", "CLOSED"))
                .body("items.lead.orgId", contains(REGION, MUNICIPALITY))
                .body("items[1].lead.name", equalTo("Motala kommun, vuxenenheten"))
                .body("items[1].individualGoal", equalTo("Jag vill ha en egen lägenhet."))
                .body("items[1].parties.name", hasItem("Beroendemottagningen"))
                .body("items[1].lifeAreas.find { it.area == 'HOUSING' }.goals.text", contains(HOUSING_GOAL))
                .body("items[1].actions.responsibleOrgId", contains(REGION, "INDIVIDUAL"))
                .body("items[1].actions.description", contains("Boendestöd två gånger i veckan.",
                        "Söka lägenheter på Bostadsförmedlingen."))
                // Their own number stays out of the answer, and who started it is an organisation, not a user id.
                .body("items[0]", not(hasKey("personId")))
                .body("items[0]", not(hasKey("personRef")))
                .body("items[0].created.org", equalTo(REGION))
                .body("items[0].created", not(hasKey("sub")))
                .extract().asString();
        assertFalse(body.contains(someoneElses), body);
        assertFalse(body.contains(person.substring(2)), body);

        Tokens.asIndividual(person).queryParam("page", 1).queryParam("size", 1).get("/api/v1/me/plans")
                .then().statusCode(200).body("items.id", contains(lvm)).body("total", equalTo(2));
        Tokens.asIndividual(TestPersons.next()).get("/api/v1/me/plans").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(0));
        // The list is a read of the person's data like any other: in their own access-log extract.
        await().atMost(ARRIVAL).untilAsserted(() -> Tokens.asIndividual(person).get("/api/v1/me/access-log")
                .then().statusCode(200).body("items.findAll { it.byYou && it.resourceType == 'plan' }", not(empty())));
    }

    @Test
    void staffListNoOnesOwnPlansAndThePersonChangesNothing() {
        String person = TestPersons.next();
        String id = PlanFixtures.startPlan(person);

        municipality().get("/api/v1/me/plans").then().statusCode(403).contentType("application/problem+json");
        Tokens.asIndividual(person).body(action("Jag ordnar det själv.", "INDIVIDUAL", UUID.randomUUID().toString()))
                .post("/api/v1/plans/" + id + "/actions").then().statusCode(403);
        Tokens.asIndividual(person).body("{\"reason\": \"GOALS_MET\"}").post("/api/v1/plans/" + id + "/closure")
                .then().statusCode(403);
        Tokens.asIndividual(person).queryParam("personId", person).get("/api/v1/plans").then().statusCode(403);

        municipality().get("/api/v1/plans/" + id).then().statusCode(200)
                .body("actions", empty()).body("status", equalTo("ACTIVE"));
    }

    @Test
    void thePersonReadsTheirPlanAsTheLeadDoesWithoutTheirNumberOrAUserId() {
        String person = TestPersons.next();
        String id = lvmPlanWithGoalAndActions(person);

        Tokens.asIndividual(person).get("/api/v1/plans/" + id).then().statusCode(200)
                .header("ETag", equalTo(municipality().get("/api/v1/plans/" + id).header("ETag")))
                .body("id", equalTo(id))
                .body("individualGoal", equalTo("Jag vill ha en egen lägenhet."))
                .body("actions.responsibleOrgId", contains(REGION, "INDIVIDUAL"))
                .body("consent.id", equalTo(FakeConsentService.consentOf(person).toString()))
                .body("$", not(hasKey("personId")))
                .body("$", not(hasKey("personRef")))
                .body("created", not(hasKey("sub")));
        municipality().get("/api/v1/plans/" + id).then().statusCode(200)
                .body("personId", equalTo(person)).body("personRef", equalTo(personRef(person)))
                .body("created.sub", equalTo("cw-1"));

        Tokens.asIndividual(TestPersons.next()).get("/api/v1/plans/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void thePersonReadsTheirScheduleAndMilestonesButNothingOfAnOfficialsMeeting() {
        String person = TestPersons.next();
        String id = lvmPlanWithGoalAndActions(person);
        String ref = personRef(person);
        UUID plan = UUID.fromString(id);
        UUID sip = UUID.randomUUID();
        UUID officials = UUID.randomUUID();
        OffsetDateTime sipAt = at(TestClock.today().minusDays(10));
        OffsetDateTime officialsAt = at(TestClock.today().minusDays(5));
        MeetingEventFeed.publish(ref, MeetingEventFeed.booked(EventTypes.MEETING_SCHEDULED, ref, plan, sip, "SIP",
                sipAt, 0));
        MeetingEventFeed.publish(ref, MeetingEventFeed.held(ref, plan, sip, "SIP", sipAt, sipAt.plusHours(2), null));
        MeetingEventFeed.publish(ref, MeetingEventFeed.booked(EventTypes.MEETING_SCHEDULED, ref, plan, officials,
                "OFFICIALS", officialsAt, 0));
        // Published last, on the same key: once the lead sees its milestone, the ones above have been taken in.
        MeetingEventFeed.publish(ref, MeetingEventFeed.held(ref, plan, officials, "OFFICIALS", officialsAt,
                officialsAt.plusHours(1), null));
        String officialsMinutes = "MINUTES_TO_ADJUSTERS-" + officials;
        List<String> leads = await().atMost(ARRIVAL).until(() -> municipality()
                .get("/api/v1/plans/" + id + "/milestones").then().statusCode(200).extract().jsonPath()
                .<String>getList("milestones.id"), ids -> ids.contains(officialsMinutes));

        List<String> persons = Tokens.asIndividual(person).get("/api/v1/plans/" + id + "/milestones")
                .then().statusCode(200).body("planId", equalTo(id)).extract().jsonPath().getList("milestones.id");
        assertTrue(persons.contains("MINUTES_TO_ADJUSTERS-" + sip), persons::toString);
        assertTrue(persons.contains("NEXT_FOLLOW_UP_BOOKED-" + sip), persons::toString);
        assertEquals(leads.stream().filter(m -> !m.endsWith(officials.toString())).toList(), persons);

        String sipItem = "meeting-" + sip + "@sip";
        List<String> uids = Tokens.asIndividual(person).get("/api/v1/plans/" + id + "/schedule").then()
                .statusCode(200).contentType("application/json").extract().jsonPath().getList("items.uid");
        assertTrue(uids.contains(sipItem), uids::toString);
        assertEquals(municipality().get("/api/v1/plans/" + id + "/schedule").jsonPath().getList("items.uid"), uids);
        assertFalse(uids.toString().contains(officials.toString()), uids::toString);
        Tokens.asIndividual(person).accept("text/calendar").get("/api/v1/plans/" + id + "/schedule").then()
                .statusCode(200).contentType("text/calendar")
                .body(containsString("UID:" + sipItem), not(containsString(officials.toString())));
        String html = Tokens.asIndividual(person).accept("text/html").get("/api/v1/plans/" + id + "/schedule").then()
                .statusCode(200).contentType("text/html").extract().asString();
        assertTrue(html.contains("SIP-möte"), html);
        assertTrue(html.contains("Söka lägenheter på Bostadsförmedlingen."), html);
        assertTrue(html.contains("Ansvarig: Du själv"), html);
        assertFalse(html.contains(person.substring(2)), html);

        String another = TestPersons.next();
        Tokens.asIndividual(another).get("/api/v1/plans/" + id + "/milestones").then().statusCode(404);
        Tokens.asIndividual(another).get("/api/v1/plans/" + id + "/schedule").then().statusCode(404);
        Tokens.asIndividual(another).accept("text/html").get("/api/v1/plans/" + id + "/schedule").then()
                .statusCode(404);
        Tokens.asIndividual(another).accept("text/calendar").get("/api/v1/plans/" + id + "/schedule").then()
                .statusCode(404);
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(10, 0).atZone(ClockProducer.SWEDEN).toOffsetDateTime();
    }
}
