package se.sip.meeting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.sip.meeting.MeetingFixtures.ARRIVAL;
import static se.sip.meeting.MeetingFixtures.MUNICIPALITY;
import static se.sip.meeting.MeetingFixtures.REGION;
import static se.sip.meeting.MeetingFixtures.adjusterIds;
import static se.sip.meeting.MeetingFixtures.approval;
import static se.sip.meeting.MeetingFixtures.body;
import static se.sip.meeting.MeetingFixtures.book;
import static se.sip.meeting.MeetingFixtures.dataOf;
import static se.sip.meeting.MeetingFixtures.inviteeIds;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.meetingEventsOfType;
import static se.sip.meeting.MeetingFixtures.minutes;
import static se.sip.meeting.MeetingFixtures.municipality;
import static se.sip.meeting.MeetingFixtures.region;
import static se.sip.meeting.MeetingFixtures.shareWithRegion;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.meeting.meeting.MinutesAnswerReminder;
import se.sip.platform.events.EventTypes;
import se.sip.platform.meeting.AdjustersDeadline;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;

/**
 * The adjusters who have not answered submitted minutes are reminded once, the day before the last day of their
 * answer (or later while it lasts), also with two replicas scanning at once; the scan is called here, with a moved
 * clock, as the scheduler calls it in production.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class MeetingMinutesReminderTest {

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @Inject
    MinutesAnswerReminder reminder;

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    @Test
    void theAdjusterWhoHasNotAnsweredIsRemindedOnceTheDayBeforeTheLastDayEvenByTwoReplicas() {
        String person = TestPersons.next();
        String personRef = ref(person);
        String id = submitted(person, personRef);
        LocalDate answerBy = AdjustersDeadline.answerBy(TestClock.today());
        municipality().body(approval(adjusterIds(id).get(0), true, null))
                .post("/api/v1/meetings/" + id + "/minutes/approvals").then().statusCode(200);

        reminder.remindDue();
        TestClock.moveTo(AdjustersDeadline.reminderOn(answerBy).minusDays(1));
        reminder.remindDue();
        noReminderFor(personRef);

        TestClock.moveTo(AdjustersDeadline.reminderOn(answerBy));
        CompletableFuture<Integer> otherReplica = CompletableFuture.supplyAsync(reminder::remindDue);
        reminder.remindDue();
        otherReplica.join();
        TestClock.moveTo(answerBy);
        reminder.remindDue();

        List<ConsumerRecord<String, byte[]>> due = await().atMost(ARRIVAL).during(Duration.ofSeconds(2))
                .until(() -> meetingEventsOfType(personRef, EventTypes.MINUTES_ANSWER_DUE), l -> l.size() == 1);
        JsonNode data = dataOf(due.get(0));
        assertEquals(List.of(REGION), List.of(data.get("adjusterOrgIds").get(0).asText()));
        assertEquals(1, data.get("adjusterOrgIds").size());
        assertEquals(answerBy.toString(), data.get("answerBy").asText());
        assertEquals(MUNICIPALITY, data.get("noteTakerOrgId").asText());
        assertEquals("SUBMITTED", data.get("status").asText());
        assertEquals(1, data.get("revision").asInt());
        assertEquals(id, data.get("meetingId").asText());
        assertFalse(body(due.get(0)).contains("Anteckningar"), "never the minutes' text on the bus");
    }

    @Test
    void minutesFoundOnlyAfterTheirLastDayAnsweredOrSentBackAreNotReminded() {
        String person = TestPersons.next();
        String personRef = ref(person);
        submitted(person, personRef);
        String answered = submitted(person, personRef);
        String sentBack = submitted(person, personRef);
        LocalDate answerBy = AdjustersDeadline.answerBy(TestClock.today());
        List<String> adjusters = adjusterIds(answered);
        municipality().body(approval(adjusters.get(0), true, null))
                .post("/api/v1/meetings/" + answered + "/minutes/approvals").then().statusCode(200);
        region().body(approval(adjusters.get(1), true, null))
                .post("/api/v1/meetings/" + answered + "/minutes/approvals").then().statusCode(200);
        region().body(approval(adjusterIds(sentBack).get(1), false, "Datum fel."))
                .post("/api/v1/meetings/" + sentBack + "/minutes/approvals").then().statusCode(200);

        TestClock.moveTo(answerBy.plusDays(1));
        reminder.remindDue();
        // The first was never scanned before its last day had passed: it is overdue now, no longer reminded.
        noReminderFor(personRef);
    }

    /** A SIP-möte of the person held two hours ago with minutes submitted now, both adjusters yet to answer. */
    private String submitted(String person, String personRef) {
        String id = book(knownPlan(plans, personRef, "SIP"), person,
                OffsetDateTime.now(TestClock.CLOCK).withOffsetSameInstant(ZoneOffset.UTC).minusHours(2).toString());
        shareWithRegion(personRef, id);
        municipality().body(minutes(inviteeIds(id), null)).post("/api/v1/meetings/" + id + "/minutes")
                .then().statusCode(200);
        return id;
    }

    private static void noReminderFor(String personRef) {
        await().atMost(Duration.ofSeconds(5)).during(Duration.ofSeconds(2))
                .until(() -> meetingEventsOfType(personRef, EventTypes.MINUTES_ANSWER_DUE).isEmpty());
    }

    private String ref(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }
}
