package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.REGION;
import static se.sip.plan.PlanFixtures.SIS;
import static se.sip.plan.PlanFixtures.STRANGER;
import static se.sip.plan.PlanFixtures.as;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.sis;
import static se.sip.plan.PlanFixtures.startPlan;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** Approved minutes on sip.meeting.v1 agree versions of their plan; the versions read and compare like the plan. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanAgreedVersionTest {

    private static final String HOUSING = """
            {"currentSituation": "Träningslägenhet sedan mars.", "goals": [{"text": "Eget förstahandskontrakt"}]}""";

    @Inject
    PersonRefs personRefs;

    @Test
    void approvedMinutesAgreeOneVersionHoweverOftenTheyAreReported() {
        String person = TestPersons.next();
        String personRef = ref(person);
        String id = startPlan(person);
        UUID meeting = UUID.randomUUID();
        String approved = MinutesEventFeed.approved(personRef, id, meeting, 1);

        MinutesEventFeed.publish(personRef, approved);
        MinutesEventFeed.publish(personRef, approved);
        MinutesEventFeed.publish(personRef, MinutesEventFeed.approved(personRef, id, meeting, 1));
        // Same partition (keyed by personRef): once this one is agreed, the three before it have been handled.
        UUID nextMeeting = UUID.randomUUID();
        MinutesEventFeed.publish(personRef, MinutesEventFeed.approved(personRef, id, nextMeeting, 1));

        await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/plans/" + id + "/versions")
                .then().statusCode(200).body("total", equalTo(2)));
        municipality().get("/api/v1/plans/" + id + "/versions").then()
                .body("items.version", contains(1, 2))
                .body("items.meetingId", contains(meeting.toString(), nextMeeting.toString()))
                .body("items.minutesRevision", contains(1, 1))
                .body("items[0].agreedAt", equalTo("2027-01-12T14:05:00Z"))
                .body("items[0].nextFollowUpOn", equalTo("2027-04-05"));

        List<ConsumerRecord<String, byte[]>> events = awaitPlanEvents(id, 3);
        List<String> agreed = events.stream().map(PlanFixtures::body)
                .filter(b -> b.contains(EventTypes.PLAN_VERSION_AGREED)).toList();
        assertEquals(2, agreed.size());
        JsonPath first = JsonPath.from(agreed.get(0));
        assertEquals(personRef, first.getString("personref"));
        assertEquals(personRef, first.getString("data.personRef"));
        assertEquals(1, first.getInt("data.version"));
        assertEquals(meeting.toString(), first.getString("data.meetingId"));
        assertEquals(1, first.getInt("data.minutesRevision"));
        assertEquals(MUNICIPALITY, first.getString("data.leadOrgId"));
        assertEquals(List.of(MUNICIPALITY, SIS, REGION), first.getList("data.partyOrgIds"));
        assertEquals(2, JsonPath.from(agreed.get(1)).getInt("data.version"));
        assertFalse(agreed.get(0).contains(person.substring(2)), "no personal identity number in the event");
    }

    @Test
    void aSecondApprovalAfterALifeAreaChangeIsVersionTwoAndItsChangesShowThatArea() {
        String person = TestPersons.next();
        String personRef = ref(person);
        String id = startPlan(person);
        MinutesEventFeed.publish(personRef, MinutesEventFeed.approved(personRef, id, UUID.randomUUID(), 1));
        await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/plans/" + id + "/versions/1")
                .then().statusCode(200));

        municipality().header("If-Match", "\"0\"").body(HOUSING).put("/api/v1/plans/" + id + "/life-areas/HOUSING")
                .then().statusCode(200);
        String action = municipality().body("""
                {"lifeArea": "HOUSING", "intervention": "HOUSING_SUPPORT", "description": "Boendestöd.",
                 "responsibleOrgId": "%s", "dueOn": "2027-10-01", "status": "PLANNED"}""".formatted(MUNICIPALITY))
                .post("/api/v1/plans/" + id + "/actions").then().statusCode(201).extract().path("id");
        UUID meeting = UUID.randomUUID();
        MinutesEventFeed.publish(personRef, MinutesEventFeed.approved(personRef, id, meeting, 2));
        await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/plans/" + id + "/versions/2")
                .then().statusCode(200));

        municipality().get("/api/v1/plans/" + id + "/versions/2").then()
                .body("version", equalTo(2))
                .body("meetingId", equalTo(meeting.toString()))
                .body("minutesRevision", equalTo(2))
                .body("plan.id", equalTo(id))
                .body("plan.lifeAreas[5].currentSituation", equalTo("Träningslägenhet sedan mars."));
        // Version 1 stays as it was agreed.
        municipality().get("/api/v1/plans/" + id + "/versions/1").then()
                .body("plan.lifeAreas[5].area", equalTo("HOUSING"))
                .body("plan.lifeAreas[5].currentSituation", nullValue())
                .body("plan.individualGoal", equalTo("Jag vill ha en egen lägenhet."));

        municipality().get("/api/v1/plans/" + id + "/versions/2/changes").then().statusCode(200)
                .body("version", equalTo(2))
                .body("comparedWith", equalTo(1))
                .body("changedFields", hasSize(0))
                .body("lead", nullValue())
                .body("lifeAreas", hasSize(1))
                .body("lifeAreas[0].area", equalTo("HOUSING"))
                .body("lifeAreas[0].situationChanged", equalTo(true))
                .body("lifeAreas[0].situation.to", equalTo("Träningslägenhet sedan mars."))
                .body("lifeAreas[0].goalsAdded[0].text", equalTo("Eget förstahandskontrakt"))
                .body("lifeAreas[0].goalsRemoved", hasSize(0))
                .body("actions", hasSize(1))
                .body("actions[0].id", equalTo(action))
                .body("actions[0].change", equalTo("ADDED"))
                .body("actions[0].action.description", equalTo("Boendestöd."));

        municipality().get("/api/v1/plans/" + id + "/versions/1/changes").then().statusCode(200)
                .body("comparedWith", nullValue())
                .body("changedFields", hasItems("lead", "parties", "individualGoal", "needs"))
                .body("lead.to.orgId", equalTo(MUNICIPALITY))
                .body("parties.added", hasSize(3))
                .body("individualGoal.to", equalTo("Jag vill ha en egen lägenhet."))
                .body("lifeAreas", hasSize(0));

        municipality().get("/api/v1/plans/" + id + "/versions/3").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("Agreed version 3"));
        municipality().get("/api/v1/plans/" + id + "/versions/3/changes").then().statusCode(404);
    }

    @Test
    void aPartyWithoutAccessLearnsNothingOfTheVersions() {
        String person = TestPersons.next();
        String personRef = ref(person);
        String id = startPlan(person);
        MinutesEventFeed.publish(personRef, MinutesEventFeed.approved(personRef, id, UUID.randomUUID(), 1));
        await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/plans/" + id + "/versions/1")
                .then().statusCode(200));

        // SiS is a party, but no consent shares the person's information with it; the stranger is no party at all.
        for (var outsider : List.of(sis(), as("cw-9", STRANGER, "MUNICIPALITY", "caseworker"))) {
            for (String path : List.of("/versions", "/versions/1", "/versions/1/changes")) {
                String answer = outsider.get("/api/v1/plans/" + id + path).then().statusCode(404)
                        .contentType("application/problem+json").body("detail", not(containsString(id)))
                        .extract().asString();
                assertFalse(answer.contains(person.substring(2)));
                assertFalse(answer.contains(personRef));
            }
        }
    }

    @Test
    void minutesApprovedAfterThePlanWasClosedAgreeNothing() {
        String person = TestPersons.next();
        String personRef = ref(person);
        String closed = startPlan(person);
        municipality().body("{\"reason\": \"GOALS_MET\"}").post("/api/v1/plans/" + closed + "/closure")
                .then().statusCode(200);
        String active = startPlan(person);

        MinutesEventFeed.publish(personRef, MinutesEventFeed.approved(personRef, closed, UUID.randomUUID(), 1));
        MinutesEventFeed.publish(personRef, MinutesEventFeed.approved(personRef, UUID.randomUUID().toString(),
                UUID.randomUUID(), 1));
        MinutesEventFeed.publish(personRef, MinutesEventFeed.approved(personRef, active, UUID.randomUUID(), 1));
        await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/plans/" + active + "/versions")
                .then().statusCode(200).body("total", equalTo(1)));

        municipality().get("/api/v1/plans/" + closed + "/versions").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
        assertFalse(PlanFixtures.planEventsAbout(closed).stream().map(PlanFixtures::body)
                .anyMatch(b -> b.contains(EventTypes.PLAN_VERSION_AGREED)));
    }

    private String ref(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }
}
