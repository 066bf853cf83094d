package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.region;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
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

/** The milestones a partner reads as time passes and meetings are held. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanMilestonesTest {

    @Inject
    PersonRefs personRefs;

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
                .body("milestones.id", contains("FIRST_MEETING", "FOLLOW_UP_IN_CARE"))
                .body("milestones.status", contains("UPCOMING", "UPCOMING"))
                .body("milestones[0].dueFrom", equalTo(firstFrom.toString()))
                .body("milestones[0].dueBy", equalTo(careBegan.plusMonths(3).toString()))
                .body("milestones[1].dueFrom", equalTo(careBegan.plusMonths(4).toString()))
                .body("milestones[1].dueBy", equalTo(careBegan.plusMonths(5).toString()));

        TestClock.moveTo(firstFrom);
        assertEquals("DUE", milestone(id, "FIRST_MEETING").get("status"));

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
    }

    @Test
    void anUnmetFollowUpIsOverdueTheDayAfterItsWindow() {
        LocalDate careBegan = TestClock.today().minusMonths(1);
        String id = startLvm(TestPersons.next(), careBegan);
        TestClock.moveTo(careBegan.plusMonths(5));
        assertEquals("DUE", milestone(id, "FOLLOW_UP_IN_CARE").get("status"));
        TestClock.moveTo(careBegan.plusMonths(5).plusDays(1));
        Map<String, Object> missed = milestone(id, "FOLLOW_UP_IN_CARE");
        assertEquals("OVERDUE", missed.get("status"));
        assertNull(missed.get("metBy"));
        assertEquals("OVERDUE", milestone(id, "FIRST_MEETING").get("status"));
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
        String body = PlanFixtures.lvmAftercare(TestPersons.next()).replace("LVM_AFTERCARE", "YOUTH_ASSIGNMENT");
        String id = municipality().body(body).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        LocalDate started = TestClock.today();
        municipality().get("/api/v1/plans/" + id + "/milestones").then().statusCode(200)
                .body("milestones.id", contains("ORDER_CONTACT", "PERIODIC_FOLLOW_UP-1"))
                .body("milestones[0].status", equalTo("DUE"))
                .body("milestones[0].dueBy", equalTo(started.plusDays(14).toString()))
                .body("milestones[1].dueFrom", equalTo(started.plusMonths(5).toString()))
                .body("milestones[1].dueBy", equalTo(started.plusMonths(6).toString()));
    }

    @Test
    void aClosedPlanMustHaveItsDocumentationCompleteWithinTwoWeeks() {
        String id = startLvm(TestPersons.next(), TestClock.today().minusMonths(1));
        municipality().body("{\"reason\": \"MOVED\"}").post("/api/v1/plans/" + id + "/closure").then().statusCode(200);
        municipality().get("/api/v1/plans/" + id + "/milestones").then().statusCode(200)
                .body("milestones.id", contains("CLOSURE_DOCUMENTATION"))
                .body("milestones[0].dueBy", equalTo(TestClock.today().plusDays(14).toString()))
                .body("milestones[0].status", equalTo("MET"));
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
