package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.SRV;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.startYouth;
import static se.sip.plan.PlanMilestonesTest.awaitMilestoneEvents;
import static se.sip.plan.PlanMilestonesTest.milestone;
import static se.sip.plan.PlanMilestonesTest.milestones;
import static se.sip.plan.PlanYouthOrderTest.at;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.plan.milestone.MilestoneScheduler;
import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;

/** A youth assignment's follow-ups and its time-limited intervention (seed 004) as time passes. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanYouthMilestonesTest {

    @Inject
    PersonRefs personRefs;

    @Inject
    MilestoneScheduler scheduler;

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    private String ref(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }

    private static void hold(String ref, String planId, String type, LocalDate on) {
        UUID meeting = UUID.randomUUID();
        MeetingEventFeed.publish(ref, MeetingEventFeed.held(ref, UUID.fromString(planId), meeting, type, at(on), at(on),
                null));
        await().atMost(ARRIVAL).until(() -> milestone(planId, "MINUTES_TO_ADJUSTERS-" + meeting) != null);
    }

    @Test
    void followUpsAreMeasuredFromTheHeldStartUpMeeting() {
        String person = PlanFixtures.youngPerson();
        LocalDate ordered = TestClock.today();
        String id = startYouth(person, ordered, ordered.plusMonths(8));
        assertEquals(ordered.plusMonths(6).toString(), milestone(id, "PERIODIC_FOLLOW_UP-1").get("dueBy"));

        LocalDate startUp = ordered.plusDays(10);
        hold(ref(person), id, "START_UP", startUp);
        Map<String, Object> first = milestone(id, "PERIODIC_FOLLOW_UP-1");
        assertEquals(startUp.plusMonths(5).toString(), first.get("dueFrom"));
        assertEquals(startUp.plusMonths(6).toString(), first.get("dueBy"));

        TestClock.moveTo(startUp.plusMonths(5));
        scheduler.tick();
        awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, "PERIODIC_FOLLOW_UP-1", 1);
    }

    @Test
    void theLeadIsToldThirtyDaysBeforeTheInterventionEndsAndOfItsEndUntilThePlanIsClosed() {
        String person = PlanFixtures.youngPerson();
        LocalDate ordered = TestClock.today();
        LocalDate to = ordered.plusMonths(2);
        String id = startYouth(person, ordered, to);
        String decision = "INTERVENTION_DECISION-" + to;
        Map<String, Object> upcoming = milestone(id, decision);
        assertEquals("INTERVENTION_DECISION", upcoming.get("kind"));
        assertEquals(to.minusDays(30).toString(), upcoming.get("dueFrom"));
        assertEquals(to.toString(), upcoming.get("dueBy"));
        assertEquals("UPCOMING", upcoming.get("status"));

        TestClock.moveTo(to.minusDays(30));
        scheduler.tick();
        scheduler.tick();
        String due = awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, decision, 1).get(0);
        assertTrue(due.contains("\"kind\":\"INTERVENTION_DECISION\""), due);
        assertTrue(due.contains("\"leadOrgId\":\"" + MUNICIPALITY + "\""), due);
        hold(ref(person), id, "FOLLOW_UP", to.minusDays(10));
        assertEquals("MET", milestone(id, decision).get("status"));

        String ended = "INTERVENTION_ENDED-" + to;
        TestClock.moveTo(to);
        assertNull(milestone(id, ended));
        TestClock.moveTo(to.plusDays(1));
        assertEquals("DUE", milestone(id, ended).get("status"));
        scheduler.tick();
        String told = awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, ended, 1).get(0);
        assertTrue(told.contains("\"kind\":\"INTERVENTION_ENDED\""), told);

        municipality().body("{\"reason\": \"GOALS_MET\"}").post("/api/v1/plans/" + id + "/closure").then()
                .statusCode(200);
        Map<String, Object> met = milestone(id, ended);
        assertEquals("MET", met.get("status"));
        assertEquals(to.plusDays(1).toString(), met.get("metBy"));
    }

    @Test
    void anOrderExtendedToALaterEndLeavesNothingEnded() {
        LocalDate ordered = TestClock.today();
        LocalDate to = ordered.plusMonths(2);
        String id = startYouth(PlanFixtures.youngPerson(), ordered, to);
        TestClock.moveTo(to.plusDays(2));
        assertEquals("OVERDUE", milestone(id, "INTERVENTION_ENDED-" + to).get("status"));

        LocalDate later = to.plusMonths(3);
        municipality().header("If-Match", "\"0\"").body("""
                {"resourceUnitOrgId": "%s", "orderedOn": "%s", "interventionFrom": "%s", "interventionTo": "%s"}"""
                .formatted(SRV, ordered, ordered, later)).put("/api/v1/plans/" + id + "/youth-order").then()
                .statusCode(200);
        assertTrue(milestones(id).getList("milestones.kind").stream().noneMatch("INTERVENTION_ENDED"::equals));
        assertEquals("UPCOMING", milestone(id, "INTERVENTION_DECISION-" + later).get("status"));
        assertNull(milestone(id, "INTERVENTION_DECISION-" + to));
    }
}
