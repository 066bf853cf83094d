package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.startPlan;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.plan.meeting.MeetingProjection;
import se.sip.plan.meeting.PlanMeeting;
import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** The plan's meetings as meeting events, late and repeated ones too, leave them. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanMeetingProjectionTest {

    private static final OffsetDateTime FIRST = OffsetDateTime.of(2027, 1, 12, 9, 0, 0, 0, ZoneOffset.ofHours(1));
    private static final OffsetDateTime MOVED = FIRST.plusDays(7);
    private static final OffsetDateTime MOVED_AGAIN = FIRST.plusDays(14);

    @Inject
    PersonRefs personRefs;

    @Inject
    MeetingProjection meetings;

    private List<PlanMeeting> meetingsOf(UUID plan) {
        return QuarkusTransaction.requiringNew().call(() -> meetings.ofPlan(plan));
    }

    @Test
    void aLateMoveDoesNotWinOverANewerOneAndARepeatedEventChangesNothing() {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        UUID plan = UUID.fromString(startPlan(person));
        UUID meeting = UUID.randomUUID();
        String secondMove = MeetingEventFeed.booked(EventTypes.MEETING_RESCHEDULED, personRef, plan, meeting, "SIP",
                MOVED_AGAIN, 2);
        MeetingEventFeed.publish(personRef, MeetingEventFeed.booked(EventTypes.MEETING_SCHEDULED, personRef, plan,
                meeting, "SIP", FIRST, 0));
        MeetingEventFeed.publish(personRef, secondMove);
        MeetingEventFeed.publish(personRef, MeetingEventFeed.booked(EventTypes.MEETING_RESCHEDULED, personRef, plan,
                meeting, "SIP", MOVED, 1));
        MeetingEventFeed.publish(personRef, secondMove);
        UUID marker = UUID.randomUUID();
        MeetingEventFeed.publish(personRef, MeetingEventFeed.booked(EventTypes.MEETING_SCHEDULED, personRef, plan,
                marker, "FOLLOW_UP", FIRST.plusMonths(3), 0));

        // Events of one person keep their order: once the last one is applied, all before it are.
        await().atMost(ARRIVAL).until(() -> meetingsOf(plan).size() == 2);
        PlanMeeting m = meetingsOf(plan).get(0);
        assertEquals(meeting, m.meetingId());
        assertEquals(2, m.sequence());
        assertEquals(MOVED_AGAIN.toInstant(), m.startsAt());
        assertEquals(PlanMeeting.SCHEDULED, m.status());
        assertEquals(90, m.durationMinutes());
        assertEquals("PHYSICAL", m.format());
    }

    @Test
    void aHeldMeetingStaysHeldAndItsMinutesKeepTheNewestRevision() {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        UUID plan = UUID.fromString(startPlan(person));
        UUID meeting = UUID.randomUUID();
        String booked = MeetingEventFeed.booked(EventTypes.MEETING_SCHEDULED, personRef, plan, meeting, "SIP", FIRST, 0);
        OffsetDateTime heldAt = FIRST.plusHours(2);
        OffsetDateTime submitted = FIRST.plusDays(3);
        OffsetDateTime resubmitted = FIRST.plusDays(5);
        OffsetDateTime approved = FIRST.plusDays(6);
        MeetingEventFeed.publish(personRef, booked);
        MeetingEventFeed.publish(personRef, MeetingEventFeed.held(personRef, plan, meeting, "SIP", FIRST, heldAt,
                FIRST.plusMonths(2).toLocalDate()));
        MeetingEventFeed.publish(personRef, MeetingEventFeed.minutes(EventTypes.MINUTES_SUBMITTED, personRef, plan,
                meeting, FIRST, 2, resubmitted, null));
        MeetingEventFeed.publish(personRef, MeetingEventFeed.minutes(EventTypes.MINUTES_SUBMITTED, personRef, plan,
                meeting, FIRST, 1, submitted, null));
        MeetingEventFeed.publish(personRef, booked);
        MeetingEventFeed.publish(personRef, MeetingEventFeed.booked(EventTypes.MEETING_CANCELLED, personRef, plan,
                meeting, "SIP", FIRST, 1));
        MeetingEventFeed.publish(personRef, MeetingEventFeed.minutes(EventTypes.MINUTES_APPROVED, personRef, plan,
                meeting, FIRST, 2, resubmitted, approved));

        await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(300))
                .until(() -> meetingsOf(plan).get(0).minutesApprovedAt() != null);
        List<PlanMeeting> all = meetingsOf(plan);
        assertEquals(1, all.size());
        PlanMeeting m = all.get(0);
        assertEquals(PlanMeeting.HELD, m.status());
        assertEquals(heldAt.toInstant(), m.heldAt());
        assertEquals(FIRST.plusMonths(2).toLocalDate(), m.nextFollowUpOn());
        assertEquals(2, m.minutesRevision());
        assertEquals(resubmitted.toInstant(), m.minutesSubmittedAt());
        assertEquals(approved.toInstant(), m.minutesApprovedAt());
    }
}
