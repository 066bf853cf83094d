package se.sip.meeting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.sip.meeting.MeetingFixtures.book;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.municipality;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;

/** The minutes' deadlines on the meeting, against a clock the test moves, and the missing-follow-up flag. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class MeetingDeadlinesTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    @Test
    void lateMinutesAndALateAnswerAreOverdueAndAHeldMeetingWithoutFollowUpIsFlaggedUntilOneIsBooked() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, personRefs.of(PersonalIdentityNumber.parse(person)), "SIP");
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2);
        String id = book(planId, person, startsAt.toString());
        String minutesDueBy = startsAt.atZoneSameInstant(SWEDEN).toLocalDate().plusDays(7).toString();
        List<String> invitees = municipality().get("/api/v1/meetings/" + id).then()
                .body("deadlines.minutesToAdjusters.dueBy", equalTo(minutesDueBy))
                .body("deadlines.minutesToAdjusters.status", equalTo("DUE"))
                .body("deadlines.adjustersAnswer", nullValue())
                .body("nextFollowUpMissing", equalTo(false))
                .extract().path("invitees.id");

        municipality().body("{\"attendees\": [\"" + invitees.get(0) + "\"]}").post("/api/v1/meetings/" + id + "/held")
                .then().statusCode(200).body("nextFollowUpMissing", equalTo(true));

        TestClock.CLOCK.advance(Duration.ofDays(8));
        municipality().get("/api/v1/meetings/" + id).then()
                .body("deadlines.minutesToAdjusters.status", equalTo("OVERDUE"));
        String answerDueBy = LocalDate.now(TestClock.CLOCK).plusDays(7).toString();
        municipality().body("{\"text\": \"Anteckningar.\", \"decisions\": [], \"attendees\": [\"" + invitees.get(0)
                + "\"]}").post("/api/v1/meetings/" + id + "/minutes")
                .then().statusCode(200)
                .body("deadlines.minutesToAdjusters.status", equalTo("OVERDUE"))
                .body("deadlines.adjustersAnswer.dueBy", equalTo(answerDueBy))
                .body("deadlines.adjustersAnswer.status", equalTo("DUE"))
                .body("nextFollowUpMissing", equalTo(true));

        book(planId, person, startsAt.plusDays(60).toString());
        municipality().get("/api/v1/meetings/" + id).then().body("nextFollowUpMissing", equalTo(false));

        TestClock.CLOCK.advance(Duration.ofDays(8));
        municipality().get("/api/v1/meetings/" + id).then()
                .body("deadlines.adjustersAnswer.status", equalTo("OVERDUE"));
    }

    @Test
    void minutesAndAnswersOnTimeAreMetAndAFollowUpInTheMinutesCounts() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, personRefs.of(PersonalIdentityNumber.parse(person)), "SIP");
        String id = book(planId, person, OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).toString());
        List<String> invitees = municipality().get("/api/v1/meetings/" + id).then().extract().path("invitees.id");
        String adjuster = municipality().get("/api/v1/meetings/" + id).then().extract().path("adjusters[0].id");

        municipality().body("{\"text\": \"Anteckningar.\", \"decisions\": [], \"attendees\": [\"" + invitees.get(0)
                + "\"], \"nextFollowUp\": \"" + LocalDate.now(SWEDEN).plusDays(90) + "\"}")
                .post("/api/v1/meetings/" + id + "/minutes")
                .then().statusCode(200)
                .body("status", equalTo("HELD"))
                .body("deadlines.minutesToAdjusters.status", equalTo("MET"))
                .body("nextFollowUpMissing", equalTo(false));
        TestClock.CLOCK.advance(Duration.ofDays(3));
        municipality().body("{\"adjusterId\": \"" + adjuster + "\", \"approved\": false, \"comment\": \"Datum fel.\"}")
                .post("/api/v1/meetings/" + id + "/minutes/approvals")
                .then().statusCode(200)
                .body("minutes.status", equalTo("DRAFT"))
                .body("deadlines.adjustersAnswer.status", equalTo("MET"));
    }
}
