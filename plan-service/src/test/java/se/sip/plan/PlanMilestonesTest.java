package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.region;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;

/** The milestones a partner reads as time passes and meetings are held. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanMilestonesTest {

    @Inject
    PersonRefs personRefs;

    @Inject
    MilestoneScheduler scheduler;

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    /** An LVM-aftercare plan whose care began {@code careBegan}; returns its id. */
    static String startLvm(String personId, LocalDate careBegan) {
        String body = PlanFixtures.lvmAftercare(personId)
                .replace("\"lvmStartedOn\": \"2026-10-01\"", "\"lvmStartedOn\": \"" + careBegan + "\"")
                .replace("\"expectedDischargeOn\": \"2027-04-01\"", "\"expectedDischargeOn\": \"" + careBegan.plusMonths(6) + "\"");
        return municipality().body(body).post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    static JsonPath milestones(String planId) {
        return municipality().get("/api/v1/plans/" + planId + "/milestones").then().statusCode(200)
                .extract().jsonPath();
    }

    static Map<String, Object> milestone(String planId, String id) {
        return milestones(planId).getMap("milestones.find { it.id == '" + id + "' }");
    }

    /** The milestone events about one milestone of the plan on sip.plan.v1, once they stay {@code count}. */
    static List<String> awaitMilestoneEvents(String planId, String type, String milestoneId, int count) {
        return await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(300)).during(Duration.ofSeconds(2))
                .until(() -> PlanFixtures.planEventsAbout(planId).stream().map(PlanFixtures::body)
                        .filter(b -> b.contains("\"type\":\"" + type + "\"")
                                && b.contains("\"milestoneId\":\"" + milestoneId + "\""))
                        .toList(), list -> list.size() == count);
    }

    private String personRef(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(se.sip.platform.time.ClockProducer.SWEDEN).toOffsetDateTime();
    }

    @Test
    void theFirstMeetingComesDueAsTimePassesAndIsMetByTheHeldMeeting() {
        String person = TestPersons.next();
        LocalDate careBegan = TestClock.today().minusMonths(1);
        String id = startLvm(person, careBegan);
        LocalDate firstFrom = careBegan.plusMonths(2);

        municipality().get("/api/v1/plans/" + id + "/milestones").then().statusCode(200)
                .body("planId", equalTo(id))
                .body("milestones.id", contains("FIRST_MEETING", "FOLLOW_UP_IN_CARE",
                        "DISCHARGE_PLANNING-" + careBegan.plusMonths(6), "PLAN_REVIEW-" + TestClock.today().plusMonths(12)))
                .body("milestones.status", contains("UPCOMING", "UPCOMING", "UPCOMING", "UPCOMING"))
                .body("milestones[0].dueFrom", equalTo(firstFrom.toString()))
                .body("milestones[0].dueBy", equalTo(careBegan.plusMonths(3).toString()))
                .body("milestones[1].dueFrom", equalTo(careBegan.plusMonths(4).toString()))
                .body("milestones[1].dueBy", equalTo(careBegan.plusMonths(5).toString()));

        scheduler.tick();
        TestClock.moveTo(firstFrom);
        assertEquals("DUE", milestone(id, "FIRST_MEETING").get("status"));
        scheduler.tick();
        scheduler.tick();
        String due = awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, "FIRST_MEETING", 1).get(0);
        assertTrue(due.contains("\"kind\":\"FIRST_MEETING\""), due);
        assertTrue(due.contains("\"status\":\"DUE\""), due);
        assertTrue(due.contains("\"dueFrom\":\"" + firstFrom + "\""), due);
        assertTrue(due.contains("\"leadOrgId\":\"" + PlanFixtures.MUNICIPALITY + "\""), due);
        assertTrue(due.contains("\"personref\":\"" + personRef(person) + "\""), due);
        assertFalse(due.contains(person.substring(2)), due);

        UUID meeting = UUID.randomUUID();
        String ref = personRef(person);
        MeetingEventFeed.publish(ref, MeetingEventFeed.held(ref, UUID.fromString(id), meeting, "SIP",
                at(firstFrom, 9), at(firstFrom, 11), null));
        await().atMost(ARRIVAL).until(() -> "MET".equals(milestone(id, "FIRST_MEETING").get("status")));
        Map<String, Object> first = milestone(id, "FIRST_MEETING");
        assertEquals(meeting.toString(), first.get("meetingId"));
        assertEquals(firstFrom.toString(), first.get("metBy"));
        Map<String, Object> minutes = milestone(id, "MINUTES_TO_ADJUSTERS-" + meeting);
        assertEquals("DUE", minutes.get("status"));
        assertEquals(firstFrom.plusDays(7).toString(), minutes.get("dueBy"));
        assertEquals("DUE", milestone(id, "NEXT_FOLLOW_UP_BOOKED-" + meeting).get("status"));

        OffsetDateTime submitted = at(firstFrom.plusDays(2), 15);
        MeetingEventFeed.publish(ref, MeetingEventFeed.minutes(EventTypes.MINUTES_SUBMITTED, ref, UUID.fromString(id),
                meeting, at(firstFrom, 9), 1, submitted, null));
        MeetingEventFeed.publish(ref, MeetingEventFeed.booked(EventTypes.MEETING_SCHEDULED, ref, UUID.fromString(id),
                UUID.randomUUID(), "FOLLOW_UP", at(careBegan.plusMonths(4).plusDays(3), 10), 0));
        await().atMost(ARRIVAL).until(() -> milestone(id, "ADJUSTERS_ANSWER-" + meeting) != null);
        assertEquals("MET", milestone(id, "MINUTES_TO_ADJUSTERS-" + meeting).get("status"));
        Map<String, Object> answer = milestone(id, "ADJUSTERS_ANSWER-" + meeting);
        assertEquals(firstFrom.plusDays(2).toString(), answer.get("dueFrom"));
        assertEquals(firstFrom.plusDays(9).toString(), answer.get("dueBy"));
        await().atMost(ARRIVAL).until(() -> "MET".equals(milestone(id, "NEXT_FOLLOW_UP_BOOKED-" + meeting).get("status")));

        // Met in time: nothing is overdue when its window has passed.
        TestClock.moveTo(careBegan.plusMonths(3).plusDays(1));
        scheduler.tick();
        awaitMilestoneEvents(id, EventTypes.MILESTONE_OVERDUE, "FIRST_MEETING", 0);
    }

    @Test
    void anUnmetFollowUpIsOverdueTheDayAfterItsWindow() {
        LocalDate careBegan = TestClock.today().minusMonths(1);
        String id = startLvm(TestPersons.next(), careBegan);
        TestClock.moveTo(careBegan.plusMonths(5));
        assertEquals("DUE", milestone(id, "FOLLOW_UP_IN_CARE").get("status"));
        scheduler.tick();
        TestClock.moveTo(careBegan.plusMonths(5).plusDays(1));
        Map<String, Object> missed = milestone(id, "FOLLOW_UP_IN_CARE");
        assertEquals("OVERDUE", missed.get("status"));
        assertNull(missed.get("metBy"));
        assertEquals("OVERDUE", milestone(id, "FIRST_MEETING").get("status"));

        // Two replicas scanning at once, and again later: each event is told once.
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(scheduler::tick);
        scheduler.tick();
        other.join();
        scheduler.tick();
        awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, "FOLLOW_UP_IN_CARE", 1);
        String overdue = awaitMilestoneEvents(id, EventTypes.MILESTONE_OVERDUE, "FOLLOW_UP_IN_CARE", 1).get(0);
        assertTrue(overdue.contains("\"status\":\"OVERDUE\""), overdue);
        assertTrue(overdue.contains("\"dueBy\":\"" + careBegan.plusMonths(5) + "\""), overdue);
        // The first meeting was never told as due: its window had passed unseen, so it is told only as overdue.
        awaitMilestoneEvents(id, EventTypes.MILESTONE_OVERDUE, "FIRST_MEETING", 1);
        awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, "FIRST_MEETING", 0);
    }

    @Test
    void aClosedYouthAssignmentIsToldOnlyAboutItsDocumentation() {
        String person = PlanFixtures.youngPerson();
        String ref = personRef(person);
        String id = PlanFixtures.startYouth(person, TestClock.today().minusMonths(1), TestClock.today().plusMonths(5));
        UUID meeting = UUID.randomUUID();
        LocalDate yesterday = TestClock.today().minusDays(1);
        MeetingEventFeed.publish(ref, MeetingEventFeed.held(ref, UUID.fromString(id), meeting, "SIP", at(yesterday, 9),
                at(yesterday, 11), null));
        await().atMost(ARRIVAL).until(() -> milestone(id, "MINUTES_TO_ADJUSTERS-" + meeting) != null);
        municipality().body("{\"reason\": \"MOVED\"}").post("/api/v1/plans/" + id + "/closure").then().statusCode(200);
        assertEquals("DUE", milestone(id, "CLOSURE_DOCUMENTATION").get("status"));
        assertEquals("OVERDUE", milestone(id, "ORDER_CONTACT").get("status"));
        assertNull(milestone(id, "MINUTES_TO_ADJUSTERS-" + meeting));

        scheduler.tick();
        // Created, closed, and the closure's rule: nothing about the contact missed while it was active.
        String due = PlanFixtures.body(PlanFixtures.awaitPlanEvents(id, 3).get(2));
        assertTrue(due.contains(EventTypes.FOLLOW_UP_DUE) && due.contains("\"milestoneId\":\"CLOSURE_DOCUMENTATION\""),
                due);
    }

    @Test
    void theDischargeBringsTheFollowUpAfterIt() {
        LocalDate careBegan = TestClock.today().minusMonths(3);
        String id = startLvm(TestPersons.next(), careBegan);
        LocalDate discharged = careBegan.plusMonths(4).plusDays(10);
        municipality().body("{\"type\": \"DISCHARGED\", \"effectiveOn\": \"" + discharged + "\"}")
                .post("/api/v1/plans/" + id + "/placement-changes").then().statusCode(201);
        Map<String, Object> after = milestone(id, "FOLLOW_UP_AFTER_DISCHARGE");
        assertEquals("FOLLOW_UP_AFTER_DISCHARGE", after.get("kind"));
        assertEquals(discharged.plusMonths(2).toString(), after.get("dueFrom"));
        assertEquals(discharged.plusMonths(3).toString(), after.get("dueBy"));
        assertEquals("UPCOMING", after.get("status"));
    }

    @Test
    void aYouthAssignmentIsContactedWithinTwoWeeksAndFollowedUpEverySixMonths() {
        String body = PlanFixtures.lvmAftercare(PlanFixtures.youngPerson()).replace("LVM_AFTERCARE", "YOUTH_ASSIGNMENT");
        String id = municipality().body(body).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        LocalDate started = TestClock.today();
        municipality().get("/api/v1/plans/" + id + "/milestones").then().statusCode(200)
                .body("milestones.id", contains("ORDER_CONTACT", "PERIODIC_FOLLOW_UP-1",
                        "PLAN_REVIEW-" + started.plusMonths(12)))
                .body("milestones[0].status", equalTo("DUE"))
                .body("milestones[0].dueBy", equalTo(started.plusDays(14).toString()))
                .body("milestones[1].dueFrom", equalTo(started.plusMonths(5).toString()))
                .body("milestones[1].dueBy", equalTo(started.plusMonths(6).toString()));
    }

    @Test
    void aClosedYouthAssignmentMustHaveItsDocumentationCompleteWithinTwoWeeksOtherPlansNot() {
        String id = PlanFixtures.startYouth(PlanFixtures.youngPerson(), null, null);
        municipality().body("{\"reason\": \"MOVED\"}").post("/api/v1/plans/" + id + "/closure").then().statusCode(200);
        municipality().get("/api/v1/plans/" + id + "/milestones").then().statusCode(200)
                .body("milestones.id", contains("CLOSURE_DOCUMENTATION"))
                .body("milestones[0].dueBy", equalTo(TestClock.today().plusDays(14).toString()))
                .body("milestones[0].status", equalTo("MET"));

        // Seed 004's two weeks are the youth routine's: a closed LVM-aftercare plan has no such rule.
        String lvm = startLvm(TestPersons.next(), TestClock.today().minusMonths(1));
        municipality().body("{\"reason\": \"MOVED\"}").post("/api/v1/plans/" + lvm + "/closure").then().statusCode(200);
        municipality().get("/api/v1/plans/" + lvm + "/milestones").then().statusCode(200)
                .body("milestones", org.hamcrest.Matchers.empty());
    }

    @Test
    void thePlanIsReviewedInTheLastMonthOfItsHorizonWhichAPatchMoves() {
        String person = PlanFixtures.youngPerson();
        String ref = personRef(person);
        String id = PlanFixtures.startYouth(person, null, null);
        LocalDate started = TestClock.today();
        assertEquals(started.plusMonths(11).toString(), milestone(id, "PLAN_REVIEW-" + started.plusMonths(12))
                .get("dueFrom"));
        municipality().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"horizonMonths\": 6}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .patch("/api/v1/plans/" + id).then().statusCode(200);
        String review = "PLAN_REVIEW-" + started.plusMonths(6);
        assertNull(milestone(id, "PLAN_REVIEW-" + started.plusMonths(12)));

        TestClock.moveTo(started.plusMonths(5));
        assertEquals("DUE", milestone(id, review).get("status"));
        scheduler.tick();
        String due = awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, review, 1).get(0);
        assertTrue(due.contains("\"kind\":\"PLAN_REVIEW\""), due);

        UUID meeting = UUID.randomUUID();
        LocalDate heldOn = started.plusMonths(5).plusDays(3);
        MeetingEventFeed.publish(ref, MeetingEventFeed.held(ref, UUID.fromString(id), meeting, "FOLLOW_UP",
                at(heldOn, 9), at(heldOn, 11), null));
        await().atMost(ARRIVAL).until(() -> "MET".equals(milestone(id, review).get("status")));
        assertEquals(heldOn.toString(), milestone(id, review).get("metBy"));
    }

    @Test
    void aPartyWithoutConsentAndAStrangerSeeNoMilestones() {
        String id = startLvm(TestPersons.next(), TestClock.today().minusMonths(1));
        region().get("/api/v1/plans/" + id + "/milestones").then().statusCode(404)
                .contentType("application/problem+json");
        PlanFixtures.caseworker(PlanFixtures.STRANGER, "MUNICIPALITY").get("/api/v1/plans/" + id + "/milestones")
                .then().statusCode(404);
        PlanFixtures.caseworker(PlanFixtures.STRANGER, "MUNICIPALITY")
                .get("/api/v1/plans/" + UUID.randomUUID() + "/milestones").then().statusCode(404);
    }
}
