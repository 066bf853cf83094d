package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.SRV;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.body;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.startYouth;
import static se.sip.plan.PlanMilestonesTest.milestone;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import se.sip.plan.milestone.MilestoneScheduler;
import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.time.ClockProducer;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;

/**
 * What follows a youth assignment's order (seed 004): the contact with the resource unit and its answer, the
 * performer's implementation plan.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanYouthOrderTest {

    private static final String REASONS = "Ingen behandlare med rätt inriktning är ledig före juni.";

    @Inject
    PersonRefs personRefs;

    @Inject
    MilestoneScheduler scheduler;

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    static String contacts(String id) {
        return "/api/v1/plans/" + id + "/youth-order/contacts";
    }

    static String contact(Object on, String outcome, String reasons) {
        return "{\"on\": \"%s\", \"by\": \"Administrativ samordnare\", \"outcome\": \"%s\"%s}".formatted(on, outcome,
                reasons == null ? "" : ", \"reasons\": \"" + reasons + "\"");
    }

    @Test
    void aContactInTheTwoWeeksIsKeptWithThePlanAndMeetsTheOrderContact() {
        LocalDate ordered = TestClock.today().minusDays(3);
        String id = startYouth(PlanFixtures.youngPerson(), ordered, ordered.plusMonths(6));
        assertEquals("DUE", milestone(id, "ORDER_CONTACT").get("status"));

        municipality().body(contact(TestClock.today(), "WILL_EXECUTE", null)).post(contacts(id)).then()
                .statusCode(201).header("ETag", equalTo("\"1\""))
                .body("youthOrderContacts", hasSize(1))
                .body("youthOrderContacts[0].on", equalTo(TestClock.today().toString()))
                .body("youthOrderContacts[0].by", equalTo("Administrativ samordnare"))
                .body("youthOrderContacts[0].outcome", equalTo("WILL_EXECUTE"))
                .body("youthOrderContacts[0].reasons", nullValue())
                .body("youthOrderContacts[0].recordedByOrg", equalTo(MUNICIPALITY));
        municipality().get("/api/v1/plans/" + id).then().statusCode(200).body("youthOrderContacts", hasSize(1));
        assertEquals("MET", milestone(id, "ORDER_CONTACT").get("status"));
        assertEquals(TestClock.today().toString(), milestone(id, "ORDER_CONTACT").get("metBy"));

        String changed = body(awaitPlanEvents(id, 2).get(1));
        assertTrue(changed.contains(EventTypes.PLAN_CHANGED) && changed.contains("\"youthOrderContacts\""), changed);
        // Other kinds show no contacts at all.
        municipality().get("/api/v1/plans/" + PlanFixtures.startPlan(TestPersons.next())).then().statusCode(200)
                .body("youthOrderContacts", nullValue());
    }

    @Test
    void aUnitThatWillNotExecuteGivesReasonsAndTheLeadIsToldWithoutThem() {
        String person = PlanFixtures.youngPerson();
        LocalDate ordered = TestClock.today().minusDays(1);
        String id = startYouth(person, ordered, ordered.plusMonths(6));
        municipality().body(contact(ordered, "WILL_NOT_EXECUTE", null)).post(contacts(id)).then().statusCode(400)
                .body("errors[0].field", equalTo("reasons"));
        municipality().body(contact(ordered, "WILL_NOT_EXECUTE", " ")).post(contacts(id)).then().statusCode(400)
                .body("errors[0].field", equalTo("reasons"));
        municipality().body(contact(ordered, "WILL_NOT_EXECUTE", "x".repeat(4001))).post(contacts(id)).then()
                .statusCode(400).body("errors[0].field", equalTo("reasons"));

        municipality().body(contact(ordered, "WILL_NOT_EXECUTE", REASONS)).post(contacts(id)).then().statusCode(201)
                .body("youthOrderContacts[0].outcome", equalTo("WILL_NOT_EXECUTE"))
                .body("youthOrderContacts[0].reasons", equalTo(REASONS));

        List<String> events = awaitPlanEvents(id, 2).stream().map(PlanFixtures::body).toList();
        JsonPath declined = JsonPath.from(events.get(1));
        assertEquals(EventTypes.YOUTH_ORDER_DECLINED, declined.getString("type"));
        assertEquals(personRefs.of(PersonalIdentityNumber.parse(person)), declined.getString("data.personRef"));
        assertEquals(id, declined.getString("data.planId"));
        assertEquals(MUNICIPALITY, declined.getString("data.leadOrgId"));
        assertEquals(SRV, declined.getString("data.resourceUnitOrgId"));
        assertEquals(ordered.toString(), declined.getString("data.answeredOn"));
        assertFalse(events.get(1).contains("behandlare") || events.get(1).contains(person.substring(2)), events.get(1));
    }

    @Test
    void aContactNeedsAYouthAssignmentWithAnOrderAndADayAfterItNotAhead() {
        LocalDate ordered = TestClock.today().minusDays(5);
        String id = startYouth(PlanFixtures.youngPerson(), ordered, ordered.plusMonths(6));
        municipality().body(contact(ordered.minusDays(1), "WILL_EXECUTE", null)).post(contacts(id)).then()
                .statusCode(400).body("errors[0].field", equalTo("on"))
                .body("errors[0].message", containsString("before the order"));
        municipality().body(contact(TestClock.today().plusDays(1), "WILL_EXECUTE", null)).post(contacts(id)).then()
                .statusCode(400).body("errors[0].field", equalTo("on"));
        municipality().body("{\"on\": \"" + ordered + "\", \"outcome\": \"WILL_EXECUTE\"}").post(contacts(id)).then()
                .statusCode(400).body("errors[0].field", equalTo("by"));
        municipality().header("If-Match", "\"3\"").body(contact(ordered, "WILL_EXECUTE", null)).post(contacts(id))
                .then().statusCode(412);

        String noOrder = startYouth(PlanFixtures.youngPerson(), null, null);
        municipality().body(contact(ordered, "WILL_EXECUTE", null)).post(contacts(noOrder)).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("no order"));
        String lvm = PlanFixtures.startPlan(TestPersons.next());
        municipality().body(contact(ordered, "WILL_EXECUTE", null)).post(contacts(lvm)).then().statusCode(422)
                .body("detail", containsString("Only a YOUTH_ASSIGNMENT"));
        PlanFixtures.caseworker(PlanFixtures.STRANGER, "MUNICIPALITY").body(contact(ordered, "WILL_EXECUTE", null))
                .post(contacts(id)).then().statusCode(404);
        PlanFixtures.as("p-1", PlanFixtures.REGION, "REGION", "partner").body(contact(ordered, "WILL_EXECUTE", null))
                .post(contacts(id)).then().statusCode(403);

        municipality().body("{\"reason\": \"MOVED\"}").post("/api/v1/plans/" + id + "/closure").then().statusCode(200);
        municipality().body(contact(ordered, "WILL_EXECUTE", null)).post(contacts(id)).then().statusCode(409);
    }

    @Test
    void onlyARecordedContactMeetsTheOrderContactNotAMeeting() {
        String person = PlanFixtures.youngPerson();
        String ref = personRefs.of(PersonalIdentityNumber.parse(person));
        LocalDate ordered = TestClock.today();
        String id = startYouth(person, ordered, ordered.plusMonths(6));
        LocalDate lastDay = ordered.plusWeeks(2);
        UUID startUp = UUID.randomUUID();
        MeetingEventFeed.publish(ref, MeetingEventFeed.held(ref, UUID.fromString(id), startUp, "START_UP",
                at(ordered.plusDays(2)), at(ordered.plusDays(2)), null));
        await().atMost(ARRIVAL).until(() -> milestone(id, "MINUTES_TO_ADJUSTERS-" + startUp) != null);

        // The start-up meeting held in the window does not meet it; a contact on its last day does.
        TestClock.moveTo(lastDay);
        assertEquals("DUE", milestone(id, "ORDER_CONTACT").get("status"));
        municipality().body(contact(lastDay, "WILL_EXECUTE", null)).post(contacts(id)).then().statusCode(201);
        TestClock.moveTo(lastDay.plusDays(1));
        assertEquals("MET", milestone(id, "ORDER_CONTACT").get("status"));
        assertEquals(lastDay.toString(), milestone(id, "ORDER_CONTACT").get("metBy"));
    }

    static String implementationPlans(String id) {
        return "/api/v1/plans/" + id + "/youth-order/implementation-plans";
    }

    static String implementationPlan(String performer, Object receivedOn) {
        return "{\"performerOrgId\": \"%s\", \"receivedOn\": \"%s\", \"documentRef\": \"VIVA-GP-2027-0142\"}"
                .formatted(performer, receivedOn);
    }

    @Test
    void anImplementationPlanIsRegisteredByItsPerformerAParty() {
        LocalDate ordered = TestClock.today().minusDays(10);
        String id = startYouth(PlanFixtures.youngPerson(), ordered, ordered.plusMonths(6));
        municipality().body(implementationPlan(SRV, TestClock.today())).post(implementationPlans(id)).then()
                .statusCode(201).header("ETag", equalTo("\"1\""))
                .body("implementationPlans", hasSize(1))
                .body("implementationPlans[0].performerOrgId", equalTo(SRV))
                .body("implementationPlans[0].receivedOn", equalTo(TestClock.today().toString()))
                .body("implementationPlans[0].documentRef", equalTo("VIVA-GP-2027-0142"))
                .body("implementationPlans[0].recordedByOrg", equalTo(MUNICIPALITY));
        String changed = body(awaitPlanEvents(id, 2).get(1));
        assertTrue(changed.contains(EventTypes.PLAN_CHANGED) && changed.contains("\"implementationPlans\""), changed);
        assertFalse(changed.contains("VIVA-GP"), changed);

        municipality().body(implementationPlan("srv-elsewhere", ordered)).post(implementationPlans(id)).then()
                .statusCode(422).body("detail", containsString("srv-elsewhere"));
        municipality().body(implementationPlan(SRV, ordered.minusDays(1))).post(implementationPlans(id)).then()
                .statusCode(400).body("errors[0].field", equalTo("receivedOn"));
        municipality().body(implementationPlan(SRV, TestClock.today().plusDays(1))).post(implementationPlans(id))
                .then().statusCode(400).body("errors[0].field", equalTo("receivedOn"));
        municipality().body("{\"performerOrgId\": \"" + SRV + "\", \"receivedOn\": \"" + ordered + "\"}")
                .post(implementationPlans(id)).then().statusCode(400).body("errors[0].field", equalTo("documentRef"));
        String noOrder = startYouth(PlanFixtures.youngPerson(), null, null);
        municipality().body(implementationPlan(SRV, ordered)).post(implementationPlans(noOrder)).then()
                .statusCode(422).body("detail", containsString("no order"));
        String lvm = PlanFixtures.startPlan(TestPersons.next());
        municipality().body(implementationPlan(MUNICIPALITY, ordered)).post(implementationPlans(lvm)).then()
                .statusCode(422);
        municipality().get("/api/v1/plans/" + lvm).then().body("implementationPlans", nullValue());
    }

    @Test
    void theImplementationPlanIsDueTwoWeeksAfterTheHeldStartUpMeeting() {
        String person = PlanFixtures.youngPerson();
        String ref = personRefs.of(PersonalIdentityNumber.parse(person));
        LocalDate ordered = TestClock.today();
        String id = startYouth(person, ordered, ordered.plusMonths(6));
        assertEquals(null, milestone(id, "IMPLEMENTATION_PLAN"));

        LocalDate startUpOn = ordered.plusDays(7);
        UUID startUp = UUID.randomUUID();
        MeetingEventFeed.publish(ref, MeetingEventFeed.held(ref, UUID.fromString(id), startUp, "START_UP",
                at(startUpOn), at(startUpOn), null));
        await().atMost(ARRIVAL).until(() -> milestone(id, "IMPLEMENTATION_PLAN") != null);
        java.util.Map<String, Object> due = milestone(id, "IMPLEMENTATION_PLAN");
        assertEquals(startUpOn.toString(), due.get("dueFrom"));
        assertEquals(startUpOn.plusWeeks(2).toString(), due.get("dueBy"));
        assertEquals(startUp.toString(), due.get("meetingId"));
        assertEquals("UPCOMING", due.get("status"));

        TestClock.moveTo(startUpOn.plusWeeks(2));
        scheduler.tick();
        PlanMilestonesTest.awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, "IMPLEMENTATION_PLAN", 1);
        municipality().body(implementationPlan(SRV, startUpOn.plusWeeks(2))).post(implementationPlans(id)).then()
                .statusCode(201);
        TestClock.moveTo(startUpOn.plusWeeks(3));
        assertEquals("MET", milestone(id, "IMPLEMENTATION_PLAN").get("status"));
        assertEquals(startUpOn.plusWeeks(2).toString(), milestone(id, "IMPLEMENTATION_PLAN").get("metBy"));
    }

    static OffsetDateTime at(LocalDate day) {
        return day.atTime(10, 0).atZone(ClockProducer.SWEDEN).toOffsetDateTime();
    }
}
