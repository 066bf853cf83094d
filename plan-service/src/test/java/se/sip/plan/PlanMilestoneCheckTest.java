package se.sip.plan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanMilestonesTest.awaitMilestoneEvents;
import static se.sip.plan.PlanMilestonesTest.milestone;
import static se.sip.plan.PlanMilestonesTest.startLvm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import javax.sql.DataSource;

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

/**
 * The milestone scan reads a plan only from its check date, and every change of the plan or of its meetings has it
 * read at the next round, so a change that brings a milestone nearer is still told on its day.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanMilestoneCheckTest {

    @Inject
    MilestoneScheduler scheduler;

    @Inject
    DataSource dataSource;

    @Inject
    PersonRefs personRefs;

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    @Test
    void aPlanIsNotReadBeforeItsCheckDate() throws SQLException {
        LocalDate careBegan = TestClock.today().minusMonths(1);
        String id = startLvm(TestPersons.next(), careBegan);
        scheduler.tick();
        LocalDate firstFrom = careBegan.plusMonths(2);
        assertEquals(firstFrom, checkOn(id), "the first meeting's window is the next thing to come");

        // An officials' meeting held, written behind the projection's back: a scan that read the plan would tell its
        // minutes due (and, not a planning meeting, it leaves the first meeting unmet).
        UUID meeting = UUID.randomUUID();
        LocalDate yesterday = TestClock.today().minusDays(1);
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into plan_meeting (meeting_id, plan_id, type, status, starts_at, held_at)
                values (?, ?, 'OFFICIALS', 'HELD', ?, ?)""")) {
            insert.setObject(1, meeting);
            insert.setObject(2, UUID.fromString(id));
            insert.setObject(3, at(yesterday, 9));
            insert.setObject(4, at(yesterday, 11));
            insert.executeUpdate();
        }
        assertEquals("DUE", milestone(id, "MINUTES_TO_ADJUSTERS-" + meeting).get("status"));
        scheduler.tick();
        awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, "MINUTES_TO_ADJUSTERS-" + meeting, 0);
        assertEquals(firstFrom, checkOn(id));

        TestClock.moveTo(firstFrom);
        scheduler.tick();
        awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, "FIRST_MEETING", 1);
        awaitMilestoneEvents(id, EventTypes.MILESTONE_OVERDUE, "MINUTES_TO_ADJUSTERS-" + meeting, 1);
        assertEquals(1, overdue(id), "the minutes, a week after the meeting");
    }

    @Test
    void aChangedPlanIsReadAtTheNextRoundAndANearerMilestoneToldThatDay() throws SQLException {
        LocalDate careBegan = TestClock.today().minusMonths(1);
        String id = startLvm(TestPersons.next(), careBegan);
        scheduler.tick();
        assertEquals(careBegan.plusMonths(2), checkOn(id));

        // Discharge expected in ten days: the lead must hear of the unbooked planning now, not in a month.
        LocalDate expected = TestClock.today().plusDays(10);
        String etag = municipality().get("/api/v1/plans/" + id).then().statusCode(200).extract().header("ETag");
        municipality().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(("{\"careEpisode\": {\"expectedDischargeOn\": \"" + expected + "\"}}").getBytes(UTF_8))
                .patch("/api/v1/plans/" + id).then().statusCode(200);
        assertFalse(checkOn(id).isAfter(TestClock.today()), "the change has the plan read at the next round");

        scheduler.tick();
        awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, "DISCHARGE_PLANNING-" + expected, 1);
        assertEquals(expected.plusDays(1), checkOn(id), "overdue, or the discharge unconfirmed, the day after");
    }

    @Test
    void aChangeOfOnlyAPartOfThePlanHasItReadAtTheNextRound() throws SQLException {
        String id = startLvm(TestPersons.next(), TestClock.today().minusMonths(1));
        scheduler.tick();
        assertFalse(checkOn(id).isBefore(TestClock.today().plusDays(1)));

        // A placement change adds a row to the plan's placement changes and changes no column of the plan itself.
        municipality().body("{\"type\": \"SECTION_27_PLACEMENT\", \"effectiveOn\": \"" + TestClock.today() + "\"}")
                .post("/api/v1/plans/" + id + "/placement-changes").then().statusCode(201);
        assertFalse(checkOn(id).isAfter(TestClock.today()), "the change has the plan read at the next round");
    }

    @Test
    void aMeetingEventHasThePlanReadAtTheNextRound() throws SQLException {
        String person = TestPersons.next();
        String ref = personRefs.of(PersonalIdentityNumber.parse(person));
        String id = startLvm(person, TestClock.today().minusMonths(1));
        scheduler.tick();
        assertFalse(checkOn(id).isBefore(TestClock.today().plusDays(1)));

        UUID meeting = UUID.randomUUID();
        LocalDate yesterday = TestClock.today().minusDays(1);
        MeetingEventFeed.publish(ref, MeetingEventFeed.held(ref, UUID.fromString(id), meeting, "SIP",
                at(yesterday, 9), at(yesterday, 11), null));
        await().atMost(ARRIVAL).until(() -> milestone(id, "MINUTES_TO_ADJUSTERS-" + meeting) != null);
        assertFalse(checkOn(id).isAfter(TestClock.today()), "the meeting has the plan read at the next round");

        scheduler.tick();
        awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, "MINUTES_TO_ADJUSTERS-" + meeting, 1);
        assertEquals(yesterday.plusDays(8), checkOn(id), "overdue the day after the week for the minutes");
    }

    private LocalDate checkOn(String planId) throws SQLException {
        return column(planId, "milestone_check_on", LocalDate.class);
    }

    private int overdue(String planId) throws SQLException {
        return column(planId, "milestones_overdue", Integer.class);
    }

    private <T> T column(String planId, String name, Class<T> type) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select " + name + " from plan where id = ?")) {
            select.setObject(1, UUID.fromString(planId));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getObject(1, type);
            }
        }
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ClockProducer.SWEDEN).toOffsetDateTime();
    }
}
