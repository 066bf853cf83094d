package se.sip.plan.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.sip.plan.meeting.PlanMeeting;
import se.sip.plan.plan.PlanKind;
import se.sip.plan.plan.PlanStatus;
import se.sip.platform.time.ClockProducer;

/** The derivation alone: calendar arithmetic of the windows (months clamp at a month's end) and rounds. */
class MilestoneRulesTest {

    private static PlanFacts lvmPlan(LocalDate careBegan) {
        return new PlanFacts(PlanKind.LVM_AFTERCARE, PlanStatus.ACTIVE, Instant.parse("2026-01-01T10:00:00Z"), null,
                12, new PlanFacts.Care(1, careBegan, null, List.of()), NO_ORDER);
    }

    /** A youth assignment started on the 10th of January 2027, with its order to the resource unit if given. */
    private static PlanFacts youthPlan(LocalDate ordered) {
        return new PlanFacts(PlanKind.YOUTH_ASSIGNMENT, PlanStatus.ACTIVE,
                LocalDate.of(2027, 1, 10).atTime(9, 0).atZone(ClockProducer.SWEDEN).toInstant(), null, 12, null,
                new PlanFacts.Youth(ordered, null, List.of(), List.of(), List.of(), List.of()));
    }

    private static final PlanFacts.Youth NO_ORDER = RuleFixtures.NO_ORDER;

    private static List<Milestone> rules(PlanFacts plan, List<PlanMeeting> meetings, LocalDate today) {
        return MilestoneRules.of(plan, meetings, today, MilestoneSettings.DEFAULTS);
    }

    private static Milestone first(List<Milestone> all, MilestoneKind kind) {
        return all.stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
    }

    private static PlanMeeting held(String type, LocalDate day) {
        Instant startsAt = day.atTime(10, 0).atZone(ClockProducer.SWEDEN).toInstant();
        return new PlanMeeting(UUID.randomUUID(), null, type, PlanMeeting.HELD, startsAt, null, null, null, null,
                startsAt.plusSeconds(3600), day.plusMonths(5), null, null, null, null, null, true, List.of());
    }

    @Test
    void youthFollowUpsComeRoundByRoundAndALateOneStartsTheNextRound() {
        PlanFacts youth = youthPlan(null);
        PlanMeeting startUp = held("START_UP", LocalDate.of(2027, 1, 20));
        PlanMeeting onTime = held("FOLLOW_UP", LocalDate.of(2027, 6, 30));
        PlanMeeting late = held("FOLLOW_UP", LocalDate.of(2028, 2, 1));

        List<Milestone> all = rules(youth, List.of(startUp, onTime, late), LocalDate.of(2028, 3, 1));
        // Only a recorded contact meets the contact rule, not the start-up meeting held in its window.
        Milestone contact = first(all, MilestoneKind.ORDER_CONTACT);
        assertEquals(MilestoneStatus.OVERDUE, contact.status());
        assertNull(contact.meetingId());
        List<Milestone> rounds = all.stream().filter(m -> m.kind() == MilestoneKind.PERIODIC_FOLLOW_UP).toList();
        assertEquals(List.of("PERIODIC_FOLLOW_UP-1", "PERIODIC_FOLLOW_UP-2", "PERIODIC_FOLLOW_UP-3"),
                rounds.stream().map(Milestone::id).toList());
        // Measured from the start-up meeting held on the 20th of January, not from the plan's start on the 10th.
        assertEquals(LocalDate.of(2027, 6, 20), rounds.get(0).dueFrom());
        assertEquals(LocalDate.of(2027, 7, 20), rounds.get(0).dueBy());
        assertEquals(MilestoneStatus.MET, rounds.get(0).status());
        assertEquals(LocalDate.of(2027, 6, 30), rounds.get(0).metBy());
        assertEquals(LocalDate.of(2027, 12, 30), rounds.get(1).dueBy());
        assertEquals(MilestoneStatus.OVERDUE, rounds.get(1).status());
        assertEquals(LocalDate.of(2028, 7, 1), rounds.get(2).dueFrom());
        assertEquals(LocalDate.of(2028, 8, 1), rounds.get(2).dueBy());
        assertEquals(MilestoneStatus.UPCOMING, rounds.get(2).status());
        // Every held meeting but the officials' booked its next follow-up; the minutes of none were submitted.
        assertEquals(MilestoneStatus.MET, first(all, MilestoneKind.NEXT_FOLLOW_UP_BOOKED).status());
        assertEquals(MilestoneStatus.OVERDUE, first(all, MilestoneKind.MINUTES_TO_ADJUSTERS).status());
    }

    @Test
    void theOrderToTheResourceUnitStartsTheYouthClockOnceItIsRecorded() {
        PlanFacts youth = youthPlan(LocalDate.of(2027, 2, 1));

        List<Milestone> all = rules(youth, List.of(), LocalDate.of(2027, 2, 5));
        Milestone contact = first(all, MilestoneKind.ORDER_CONTACT);
        assertEquals(LocalDate.of(2027, 2, 1), contact.dueFrom());
        assertEquals(LocalDate.of(2027, 2, 15), contact.dueBy());
        assertEquals(MilestoneStatus.DUE, contact.status());
        assertEquals(LocalDate.of(2027, 8, 1), first(all, MilestoneKind.PERIODIC_FOLLOW_UP).dueBy());
    }

    @Test
    void monthsAfterTheLastDayOfAMonthEndOnTheLastDayOfAShorterOne() {
        List<Milestone> all = rules(lvmPlan(LocalDate.of(2026, 11, 30)), List.of(), LocalDate.of(2026, 12, 1));
        Milestone first = first(all, MilestoneKind.FIRST_MEETING);
        assertEquals(LocalDate.of(2027, 1, 30), first.dueFrom());
        assertEquals(LocalDate.of(2027, 2, 28), first.dueBy());

        List<Milestone> leap = rules(lvmPlan(LocalDate.of(2027, 12, 31)), List.of(), LocalDate.of(2028, 1, 1));
        assertEquals(LocalDate.of(2028, 2, 29), first(leap, MilestoneKind.FIRST_MEETING).dueFrom());
        assertEquals(LocalDate.of(2028, 3, 31), first(leap, MilestoneKind.FIRST_MEETING).dueBy());
        assertEquals(LocalDate.of(2028, 4, 30), first(leap, MilestoneKind.FOLLOW_UP_IN_CARE).dueFrom());
        assertEquals(LocalDate.of(2028, 5, 31), first(leap, MilestoneKind.FOLLOW_UP_IN_CARE).dueBy());
    }

    @Test
    void aDateInTheMinutesIsNoBookingOnlyABookedFollowUpOrSipMeetingIs() {
        LocalDate day = LocalDate.of(2027, 1, 20);
        PlanMeeting sip = held("SIP", day);
        List<Milestone> dateOnly = rules(lvmPlan(LocalDate.of(2026, 11, 20)), List.of(sip),
                day.plusDays(8));
        Milestone next = first(dateOnly, MilestoneKind.NEXT_FOLLOW_UP_BOOKED);
        assertEquals(MilestoneStatus.OVERDUE, next.status());
        assertEquals("The minutes name the next follow-up on 2027-06-20, but no FOLLOW_UP or SIP meeting is booked"
                + " for it yet: book it.", next.hint());

        // An officials' meeting booked after it meets nothing; a follow-up meeting booked the next day does.
        PlanMeeting officials = booked("OFFICIALS", day.plusDays(1), day.plusMonths(1));
        PlanMeeting followUp = booked("FOLLOW_UP", day.plusDays(1), day.plusMonths(5));
        assertEquals(MilestoneStatus.OVERDUE, first(rules(lvmPlan(LocalDate.of(2026, 11, 20)),
                List.of(sip, officials), day.plusDays(8)), MilestoneKind.NEXT_FOLLOW_UP_BOOKED).status());
        Milestone met = first(rules(lvmPlan(LocalDate.of(2026, 11, 20)), List.of(sip, followUp),
                day.plusDays(8)), MilestoneKind.NEXT_FOLLOW_UP_BOOKED);
        assertEquals(MilestoneStatus.MET, met.status());
        assertEquals(day.plusDays(1), met.metBy());
        assertNull(met.hint());
    }

    @Test
    void thePlanIsReviewedInTheLastMonthOfItsHorizonAtAFollowUpOrSipMeeting() {
        // Started on the 10th of January 2027 with a horizon of 12 months: reviewed from 10 December to 10 January.
        PlanFacts youth = youthPlan(LocalDate.of(2027, 1, 10));
        LocalDate from = LocalDate.of(2027, 12, 10);
        LocalDate by = LocalDate.of(2028, 1, 10);
        Milestone review = first(rules(youth, List.of(), from.minusDays(1)), MilestoneKind.PLAN_REVIEW);
        assertEquals("PLAN_REVIEW-2028-01-10", review.id());
        assertEquals(from, review.dueFrom());
        assertEquals(by, review.dueBy());
        assertEquals(MilestoneStatus.UPCOMING, review.status());
        assertEquals(MilestoneStatus.DUE, first(rules(youth, List.of(), by), MilestoneKind.PLAN_REVIEW).status());
        assertEquals(MilestoneStatus.OVERDUE, first(rules(youth, List.of(), by.plusDays(1)), MilestoneKind.PLAN_REVIEW)
                .status());

        PlanMeeting followUp = held("FOLLOW_UP", from);
        Milestone met = first(rules(youth, List.of(followUp), by.plusDays(1)), MilestoneKind.PLAN_REVIEW);
        assertEquals(MilestoneStatus.MET, met.status());
        assertEquals(followUp.meetingId(), met.meetingId());
        assertEquals(MilestoneStatus.MET, first(rules(youth, List.of(held("SIP", by)), by.plusDays(1)),
                MilestoneKind.PLAN_REVIEW).status());
        for (PlanMeeting other : List.of(held("COLLABORATION", from), held("FOLLOW_UP", from.minusDays(1)),
                held("FOLLOW_UP", by.plusDays(1)))) {
            assertEquals(MilestoneStatus.OVERDUE, first(rules(youth, List.of(other), by.plusDays(2)),
                    MilestoneKind.PLAN_REVIEW).status());
        }

        // A longer horizon is a review of its own, at its own end.
        PlanFacts longer = new PlanFacts(youth.kind(), youth.status(), youth.started(), null, 18, null, youth.youth());
        Milestone later = first(rules(longer, List.of(), from), MilestoneKind.PLAN_REVIEW);
        assertEquals("PLAN_REVIEW-2028-07-10", later.id());
        assertEquals(LocalDate.of(2028, 6, 10), later.dueFrom());
    }

    @Test
    void onlyAYouthAssignmentMustHaveItsDocumentationCompleteAfterTheClosure() {
        Instant closed = LocalDate.of(2027, 3, 1).atTime(9, 0).atZone(ClockProducer.SWEDEN).toInstant();
        PlanFacts youth = youthPlan(null);
        PlanFacts closedYouth = new PlanFacts(youth.kind(), PlanStatus.CLOSED, youth.started(), closed, 12, null,
                youth.youth());
        Milestone closure = first(rules(closedYouth, List.of(), LocalDate.of(2027, 3, 2)),
                MilestoneKind.CLOSURE_DOCUMENTATION);
        assertEquals(LocalDate.of(2027, 3, 15), closure.dueBy());
        assertEquals(MilestoneStatus.MET, closure.status());

        PlanFacts lvm = lvmPlan(LocalDate.of(2027, 1, 1));
        PlanFacts closedLvm = new PlanFacts(lvm.kind(), PlanStatus.CLOSED, lvm.started(), closed, 12, lvm.care(),
                lvm.youth());
        assertTrue(rules(closedLvm, List.of(), LocalDate.of(2027, 3, 2)).stream()
                .noneMatch(m -> m.kind() == MilestoneKind.CLOSURE_DOCUMENTATION));
        PlanFacts closedSip = new PlanFacts(PlanKind.SIP, PlanStatus.CLOSED, lvm.started(), closed, 12, null,
                lvm.youth());
        assertTrue(rules(closedSip, List.of(), LocalDate.of(2027, 3, 2)).stream()
                .noneMatch(m -> m.kind() == MilestoneKind.CLOSURE_DOCUMENTATION));
    }

    /** A meeting booked on {@code bookedOn} for {@code day}, not held yet. */
    private static PlanMeeting booked(String type, LocalDate bookedOn, LocalDate day) {
        Instant startsAt = day.atTime(10, 0).atZone(ClockProducer.SWEDEN).toInstant();
        return new PlanMeeting(UUID.randomUUID(), null, type, PlanMeeting.SCHEDULED, startsAt, 60, null, null,
                bookedOn.atTime(9, 0).atZone(ClockProducer.SWEDEN).toInstant(), null, null, null, null, null, null,
                null, true, List.of());
    }
}
