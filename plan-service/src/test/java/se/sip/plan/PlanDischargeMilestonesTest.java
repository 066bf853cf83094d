package se.sip.plan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanMilestonesTest.awaitMilestoneEvents;
import static se.sip.plan.PlanMilestonesTest.milestone;
import static se.sip.plan.PlanMilestonesTest.milestones;
import static se.sip.plan.PlanMilestonesTest.startLvm;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import se.sip.platform.time.ClockProducer;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;

/** The expected discharge's rules (seed 000 and the product rule beside it) as time passes and the date moves. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanDischargeMilestonesTest {

    @Inject
    PersonRefs personRefs;

    @Inject
    MilestoneScheduler scheduler;

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    @Test
    void theLeadIsToldOfUnbookedDischargePlanningTwoWeeksBeforeTheExpectedDischargeOnce() {
        String person = TestPersons.next();
        LocalDate careBegan = TestClock.today().minusMonths(2);
        String id = startLvm(person, careBegan);
        LocalDate expected = careBegan.plusMonths(6);
        String planning = "DISCHARGE_PLANNING-" + expected;
        Map<String, Object> upcoming = milestone(id, planning);
        assertEquals("DISCHARGE_PLANNING", upcoming.get("kind"));
        assertEquals(expected.minusWeeks(4).toString(), upcoming.get("dueFrom"));
        assertEquals(expected.toString(), upcoming.get("dueBy"));
        assertEquals("UPCOMING", upcoming.get("status"));

        // The window opens four weeks before; the lead is not told yet.
        TestClock.moveTo(expected.minusWeeks(4));
        assertEquals("DUE", milestone(id, planning).get("status"));
        scheduler.tick();
        awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, planning, 0);

        // Two weeks before, still no meeting booked: the lead is told, once however often the scheduler scans.
        TestClock.moveTo(expected.minusWeeks(2));
        scheduler.tick();
        scheduler.tick();
        String due = awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, planning, 1).get(0);
        assertTrue(due.contains("\"kind\":\"DISCHARGE_PLANNING\""), due);
        assertTrue(due.contains("\"dueBy\":\"" + expected + "\""), due);
        assertTrue(due.contains("\"leadOrgId\":\"" + PlanFixtures.MUNICIPALITY + "\""), due);
    }

    @Test
    void theDischargePlanningFollowsAMovedExpectedDateAndABookedMeetingMeetsIt() {
        String person = TestPersons.next();
        String ref = personRefs.of(PersonalIdentityNumber.parse(person));
        LocalDate careBegan = TestClock.today().minusMonths(2);
        String id = startLvm(person, careBegan);
        LocalDate later = careBegan.plusMonths(6).plusWeeks(3);

        patchExpectedDischarge(id, later).then().statusCode(200);
        assertNull(milestone(id, "DISCHARGE_PLANNING-" + careBegan.plusMonths(6)));
        String planning = "DISCHARGE_PLANNING-" + later;
        assertEquals(later.minusWeeks(4).toString(), milestone(id, planning).get("dueFrom"));

        // Booked today for a day in the window, not held yet: met on the day it was booked.
        UUID meeting = UUID.randomUUID();
        MeetingEventFeed.publish(ref, MeetingEventFeed.booked(EventTypes.MEETING_SCHEDULED, ref, UUID.fromString(id),
                meeting, "FOLLOW_UP", at(later.minusWeeks(1)), 0));
        await().atMost(ARRIVAL).until(() -> "MET".equals(milestone(id, planning).get("status")));
        assertEquals(meeting.toString(), milestone(id, planning).get("meetingId"));
        assertEquals(LocalDate.now(ClockProducer.SWEDEN).toString(), milestone(id, planning).get("metBy"));

        TestClock.moveTo(later.minusWeeks(2));
        scheduler.tick();
        awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, planning, 0);
    }

    @Test
    void anExpectedDischargeThatPassesUnrecordedIsUnconfirmedUntilTheDischargeIsRecorded() {
        LocalDate careBegan = TestClock.today().minusMonths(2);
        String id = startLvm(TestPersons.next(), careBegan);
        LocalDate expected = careBegan.plusMonths(6);
        String unconfirmed = "DISCHARGE_UNCONFIRMED-" + expected;

        TestClock.moveTo(expected);
        assertTrue(milestones(id).getList("milestones.kind").stream().noneMatch("DISCHARGE_UNCONFIRMED"::equals));
        TestClock.moveTo(expected.plusDays(1));
        Map<String, Object> raised = milestone(id, unconfirmed);
        assertEquals("DUE", raised.get("status"));
        assertEquals(expected.plusDays(1).toString(), raised.get("dueFrom"));
        assertEquals(expected.plusDays(1).toString(), raised.get("dueBy"));
        scheduler.tick();
        String due = awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, unconfirmed, 1).get(0);
        assertTrue(due.contains("\"kind\":\"DISCHARGE_UNCONFIRMED\""), due);

        TestClock.moveTo(expected.plusDays(3));
        assertEquals("OVERDUE", milestone(id, unconfirmed).get("status"));
        municipality().body("{\"type\": \"DISCHARGED\", \"effectiveOn\": \"" + expected + "\"}")
                .post("/api/v1/plans/" + id + "/placement-changes").then().statusCode(201);
        Map<String, Object> met = milestone(id, unconfirmed);
        assertEquals("MET", met.get("status"));
        assertEquals(expected.plusDays(3).toString(), met.get("metBy"));
        // The unbooked planning ends with the discharge; the follow-up after it counts from the recorded discharge.
        assertNull(milestone(id, "DISCHARGE_PLANNING-" + expected));
        assertEquals(expected.plusMonths(2).toString(), milestone(id, "FOLLOW_UP_AFTER_DISCHARGE").get("dueFrom"));
    }

    @Test
    void anExpectedDateMovedLaterLeavesNothingUnconfirmed() {
        LocalDate careBegan = TestClock.today().minusMonths(2);
        String id = startLvm(TestPersons.next(), careBegan);
        LocalDate expected = careBegan.plusMonths(6);
        TestClock.moveTo(expected.plusDays(2));
        assertEquals("OVERDUE", milestone(id, "DISCHARGE_UNCONFIRMED-" + expected).get("status"));

        LocalDate later = expected.plusMonths(1);
        patchExpectedDischarge(id, later).then().statusCode(200);
        assertTrue(milestones(id).getList("milestones.kind").stream().noneMatch("DISCHARGE_UNCONFIRMED"::equals));
        assertEquals("DUE", milestone(id, "DISCHARGE_PLANNING-" + later).get("status"));
    }

    private static io.restassured.response.Response patchExpectedDischarge(String id, LocalDate on) {
        String etag = municipality().get("/api/v1/plans/" + id).then().statusCode(200).extract().header("ETag");
        return municipality().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(("{\"careEpisode\": {\"expectedDischargeOn\": \"" + on + "\"}}").getBytes(UTF_8))
                .patch("/api/v1/plans/" + id);
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(10, 0).atZone(ClockProducer.SWEDEN).toOffsetDateTime();
    }
}
