package se.sip.plan.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.milestone.RuleFixtures.at;
import static se.sip.plan.milestone.RuleFixtures.first;
import static se.sip.plan.milestone.RuleFixtures.held;
import static se.sip.plan.milestone.RuleFixtures.none;
import static se.sip.plan.milestone.RuleFixtures.rules;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.sip.plan.meeting.PlanMeeting;
import se.sip.plan.plan.PlanKind;
import se.sip.plan.plan.PlanStatus;

/** The youth assignment's rules alone (seed 004 and the product rules beside it), each around its edges. */
class YouthRulesTest {

    private static final LocalDate ORDERED = LocalDate.of(2027, 2, 1);
    private static final LocalDate INTERVENTION_TO = LocalDate.of(2027, 12, 31);

    private static PlanFacts youth(List<LocalDate> contacts, List<LocalDate> implementationPlans) {
        return new PlanFacts(PlanKind.YOUTH_ASSIGNMENT, PlanStatus.ACTIVE, at(LocalDate.of(2027, 1, 25)), null, 12,
                null, new PlanFacts.Youth(ORDERED, INTERVENTION_TO, contacts, implementationPlans, List.of(),
                        List.of()));
    }

    private static Milestone contact(List<LocalDate> contacts, List<PlanMeeting> meetings, LocalDate today) {
        return first(rules(youth(contacts, List.of()), meetings, today), MilestoneKind.ORDER_CONTACT);
    }

    @Test
    void theOrderContactIsMetOnlyByAContactRecordedInTheTwoWeeksFromTheOrder() {
        LocalDate lastDay = ORDERED.plusWeeks(2);
        Milestone open = contact(List.of(), List.of(), ORDERED);
        assertEquals(ORDERED, open.dueFrom());
        assertEquals(lastDay, open.dueBy());
        assertEquals(MilestoneStatus.DUE, open.status());

        Milestone met = contact(List.of(lastDay, ORDERED.plusDays(3)), List.of(), lastDay);
        assertEquals(MilestoneStatus.MET, met.status());
        assertEquals(ORDERED.plusDays(3), met.metBy());
        assertEquals(MilestoneStatus.MET, contact(List.of(lastDay), List.of(), lastDay.plusDays(1)).status());
        // A contact a day late, or any meeting held in the window, leaves it missed.
        assertEquals(MilestoneStatus.OVERDUE, contact(List.of(lastDay.plusDays(1)), List.of(), lastDay.plusDays(1))
                .status());
        assertEquals(MilestoneStatus.OVERDUE, contact(List.of(), List.of(held("START_UP", ORDERED.plusDays(5)),
                held("FOLLOW_UP", ORDERED.plusDays(6))), lastDay.plusDays(1)).status());
    }

    @Test
    void eachGuardiansRefusalAsksForADecisionWithinTwoWeeksWhichOnlyALaterDecisionMeets() {
        LocalDate refused = LocalDate.of(2027, 4, 1);
        LocalDate lastDay = refused.plusWeeks(2);
        PlanFacts.Youth decidedBefore = new PlanFacts.Youth(ORDERED, INTERVENTION_TO, List.of(), List.of(),
                List.of(refused), List.of(refused.minusDays(1)));
        Milestone open = first(rules(new PlanFacts(PlanKind.YOUTH_ASSIGNMENT, PlanStatus.ACTIVE,
                at(ORDERED), null, 12, null, decidedBefore), List.of(), lastDay.plusDays(1)),
                MilestoneKind.CONTINUATION_DECISION);
        assertEquals("CONTINUATION_DECISION-" + refused, open.id());
        assertEquals(refused, open.dueFrom());
        assertEquals(lastDay, open.dueBy());
        assertEquals(MilestoneStatus.OVERDUE, open.status());

        PlanFacts.Youth decidedLate = new PlanFacts.Youth(ORDERED, INTERVENTION_TO, List.of(), List.of(),
                List.of(refused), List.of(lastDay.plusDays(3)));
        Milestone late = first(rules(new PlanFacts(PlanKind.YOUTH_ASSIGNMENT, PlanStatus.ACTIVE, at(ORDERED), null,
                12, null, decidedLate), List.of(), lastDay.plusDays(3)), MilestoneKind.CONTINUATION_DECISION);
        assertEquals(MilestoneStatus.MET, late.status());
        assertEquals(lastDay.plusDays(3), late.metBy());
    }

    @Test
    void theImplementationPlanIsDueTwoWeeksAfterTheFirstHeldStartUpMeeting() {
        LocalDate startUpOn = LocalDate.of(2027, 2, 20);
        LocalDate lastDay = startUpOn.plusWeeks(2);
        PlanMeeting startUp = held("START_UP", startUpOn);
        assertTrue(none(rules(youth(List.of(), List.of()), List.of(), startUpOn), MilestoneKind.IMPLEMENTATION_PLAN));
        assertTrue(none(rules(youth(List.of(), List.of()), List.of(RuleFixtures.booked("START_UP", ORDERED,
                startUpOn)), startUpOn), MilestoneKind.IMPLEMENTATION_PLAN));

        Milestone due = plan(List.of(), startUp, lastDay);
        assertEquals("IMPLEMENTATION_PLAN", due.id());
        assertEquals(startUpOn, due.dueFrom());
        assertEquals(lastDay, due.dueBy());
        assertEquals(startUp.meetingId(), due.meetingId());
        assertEquals(MilestoneStatus.DUE, due.status());
        assertEquals(MilestoneStatus.OVERDUE, plan(List.of(), startUp, lastDay.plusDays(1)).status());

        assertEquals(lastDay, plan(List.of(lastDay), startUp, lastDay.plusDays(1)).metBy());
        assertEquals(MilestoneStatus.MET, plan(List.of(startUpOn.minusDays(1)), startUp, lastDay).status());
        assertEquals(MilestoneStatus.OVERDUE, plan(List.of(lastDay.plusDays(1)), startUp, lastDay.plusDays(1))
                .status());
    }

    @Test
    void followUpsAreMeasuredFromTheHeldStartUpMeetingAndFromTheOrderUntilThen() {
        PlanFacts youth = youth(List.of(), List.of());
        Milestone fromOrder = first(rules(youth, List.of(), ORDERED), MilestoneKind.PERIODIC_FOLLOW_UP);
        assertEquals(ORDERED.plusMonths(5), fromOrder.dueFrom());
        assertEquals(ORDERED.plusMonths(6), fromOrder.dueBy());

        LocalDate startUpOn = LocalDate.of(2027, 3, 10);
        List<PlanMeeting> meetings = List.of(held("START_UP", startUpOn));
        Milestone first = first(rules(youth, meetings, startUpOn), MilestoneKind.PERIODIC_FOLLOW_UP);
        assertEquals("PERIODIC_FOLLOW_UP-1", first.id());
        assertEquals(LocalDate.of(2027, 8, 10), first.dueFrom());
        assertEquals(LocalDate.of(2027, 9, 10), first.dueBy());
        // Six months from the start-up is its last day: a follow-up held then meets it, one a day later does not.
        assertEquals(MilestoneStatus.MET, first(rules(youth, List.of(meetings.get(0), held("FOLLOW_UP",
                LocalDate.of(2027, 9, 10))), LocalDate.of(2027, 9, 11)), MilestoneKind.PERIODIC_FOLLOW_UP).status());
        assertEquals(MilestoneStatus.OVERDUE, first(rules(youth, List.of(meetings.get(0), held("FOLLOW_UP",
                LocalDate.of(2027, 9, 11))), LocalDate.of(2027, 9, 12)), MilestoneKind.PERIODIC_FOLLOW_UP).status());
    }

    @Test
    void theDecisionOnTheInterventionIsDueInItsLastThirtyDaysAtAFollowUpMeeting() {
        PlanFacts youth = youth(List.of(), List.of());
        LocalDate from = INTERVENTION_TO.minusDays(30);
        Milestone upcoming = decision(youth, List.of(), from.minusDays(1));
        assertEquals("INTERVENTION_DECISION-2027-12-31", upcoming.id());
        assertEquals(from, upcoming.dueFrom());
        assertEquals(INTERVENTION_TO, upcoming.dueBy());
        assertEquals(MilestoneStatus.UPCOMING, upcoming.status());
        assertEquals(MilestoneStatus.DUE, decision(youth, List.of(), from).status());
        assertEquals(MilestoneStatus.DUE, decision(youth, List.of(), INTERVENTION_TO).status());
        assertEquals(MilestoneStatus.OVERDUE, decision(youth, List.of(), INTERVENTION_TO.plusDays(1)).status());

        LocalDate after = INTERVENTION_TO.plusDays(1);
        assertEquals(MilestoneStatus.MET, decision(youth, List.of(held("FOLLOW_UP", from)), after).status());
        assertEquals(MilestoneStatus.MET, decision(youth, List.of(held("FOLLOW_UP", INTERVENTION_TO)), after).status());
        for (PlanMeeting other : List.of(held("FOLLOW_UP", from.minusDays(1)), held("SIP", from.plusDays(3)),
                held("START_UP", from.plusDays(3)))) {
            assertEquals(MilestoneStatus.OVERDUE, decision(youth, List.of(other), after).status(), other.type());
        }
        // The thirty days are configured.
        Milestone longer = first(MilestoneRules.of(youth, List.of(), from, new MilestoneSettings(4, 45)),
                MilestoneKind.INTERVENTION_DECISION);
        assertEquals(INTERVENTION_TO.minusDays(45), longer.dueFrom());
    }

    private static Milestone decision(PlanFacts youth, List<PlanMeeting> meetings, LocalDate today) {
        return first(rules(youth, meetings, today), MilestoneKind.INTERVENTION_DECISION);
    }

    @Test
    void anInterventionPastItsLastDayHasEndedUntilThePlanIsClosedOrTheOrderExtended() {
        PlanFacts youth = youth(List.of(), List.of());
        assertTrue(none(rules(youth, List.of(), INTERVENTION_TO), MilestoneKind.INTERVENTION_ENDED));
        Milestone ended = first(rules(youth, List.of(), INTERVENTION_TO.plusDays(1)), MilestoneKind.INTERVENTION_ENDED);
        assertEquals("INTERVENTION_ENDED-2027-12-31", ended.id());
        assertEquals(INTERVENTION_TO.plusDays(1), ended.dueFrom());
        assertEquals(INTERVENTION_TO.plusDays(1), ended.dueBy());
        assertEquals(MilestoneStatus.DUE, ended.status());
        assertEquals(MilestoneStatus.OVERDUE, first(rules(youth, List.of(), INTERVENTION_TO.plusDays(2)),
                MilestoneKind.INTERVENTION_ENDED).status());

        LocalDate closedOn = INTERVENTION_TO.plusDays(5);
        PlanFacts closed = new PlanFacts(youth.kind(), PlanStatus.CLOSED, youth.started(), at(closedOn), 12, null,
                youth.youth());
        Milestone met = first(rules(closed, List.of(), closedOn.plusDays(1)), MilestoneKind.INTERVENTION_ENDED);
        assertEquals(MilestoneStatus.MET, met.status());
        assertEquals(closedOn, met.metBy());
        PlanFacts closedInTime = new PlanFacts(youth.kind(), PlanStatus.CLOSED, youth.started(), at(INTERVENTION_TO),
                12, null, youth.youth());
        assertTrue(none(rules(closedInTime, List.of(), closedOn), MilestoneKind.INTERVENTION_ENDED));

        PlanFacts extended = new PlanFacts(youth.kind(), youth.status(), youth.started(), null, 12, null,
                new PlanFacts.Youth(ORDERED, INTERVENTION_TO.plusMonths(3), List.of(), List.of(), List.of(),
                        List.of()));
        List<Milestone> all = rules(extended, List.of(), INTERVENTION_TO.plusDays(2));
        assertTrue(none(all, MilestoneKind.INTERVENTION_ENDED));
        assertEquals("INTERVENTION_DECISION-2028-03-31", first(all, MilestoneKind.INTERVENTION_DECISION).id());
    }

    private static Milestone plan(List<LocalDate> received, PlanMeeting startUp, LocalDate today) {
        return first(rules(youth(List.of(), received), List.of(startUp), today), MilestoneKind.IMPLEMENTATION_PLAN);
    }
}
