package se.sip.plan.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.milestone.RuleFixtures.booked;
import static se.sip.plan.milestone.RuleFixtures.first;
import static se.sip.plan.milestone.RuleFixtures.held;
import static se.sip.plan.milestone.RuleFixtures.lvm;
import static se.sip.plan.milestone.RuleFixtures.none;
import static se.sip.plan.milestone.RuleFixtures.rules;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.sip.plan.meeting.PlanMeeting;

/** LVM care's rules alone (seed 000 and the product rules beside it), each on the days around its edges. */
class CareRulesTest {

    private static final LocalDate STARTED = LocalDate.of(2027, 1, 10);
    private static final LocalDate BEGAN = LocalDate.of(2027, 1, 15);
    private static final LocalDate EXPECTED = LocalDate.of(2027, 7, 15);

    private static PlanFacts care(LocalDate expected, PlanFacts.Discharge... discharges) {
        return lvm(STARTED, new PlanFacts.Care(1, BEGAN, expected, List.of(discharges)));
    }

    @Test
    void theFollowUpInCareIsTheFifthMonthOfCareBothEndsIncluded() {
        // "5 månader in i LVM-vården": from 4 months in (15 May) to 5 months in (15 June), both days included.
        LocalDate dayBefore = LocalDate.of(2027, 5, 14);
        LocalDate firstDay = LocalDate.of(2027, 5, 15);
        LocalDate lastDay = LocalDate.of(2027, 6, 15);
        LocalDate dayAfter = LocalDate.of(2027, 6, 16);
        Milestone inCare = first(rules(care(null), List.of(), firstDay), MilestoneKind.FOLLOW_UP_IN_CARE);
        assertEquals(firstDay, inCare.dueFrom());
        assertEquals(lastDay, inCare.dueBy());

        assertEquals(MilestoneStatus.UPCOMING, statusOn(dayBefore, List.of()));
        assertEquals(MilestoneStatus.DUE, statusOn(firstDay, List.of()));
        assertEquals(MilestoneStatus.DUE, statusOn(lastDay, List.of()));
        assertEquals(MilestoneStatus.OVERDUE, statusOn(dayAfter, List.of()));

        // A follow-up meeting held on either edge meets it; one held a day outside does not.
        assertEquals(MilestoneStatus.OVERDUE, statusOn(dayAfter, List.of(held("FOLLOW_UP", dayBefore))));
        assertEquals(MilestoneStatus.MET, statusOn(dayAfter, List.of(held("FOLLOW_UP", firstDay))));
        assertEquals(MilestoneStatus.MET, statusOn(dayAfter, List.of(held("FOLLOW_UP", lastDay))));
        assertEquals(MilestoneStatus.OVERDUE, statusOn(dayAfter.plusDays(1), List.of(held("FOLLOW_UP", dayAfter))));
    }

    private static MilestoneStatus statusOn(LocalDate today, List<PlanMeeting> meetings) {
        return first(rules(care(null), meetings, today), MilestoneKind.FOLLOW_UP_IN_CARE).status();
    }

    @Test
    void dischargePlanningOpensFourWeeksBeforeTheExpectedDischargeAndTheLeadIsToldAtTwo() {
        Milestone planning = first(rules(care(EXPECTED), List.of(), LocalDate.of(2027, 6, 16)),
                MilestoneKind.DISCHARGE_PLANNING);
        assertEquals("DISCHARGE_PLANNING-2027-07-15", planning.id());
        assertEquals(LocalDate.of(2027, 6, 17), planning.dueFrom());
        assertEquals(EXPECTED, planning.dueBy());
        assertEquals(MilestoneStatus.UPCOMING, planning.status());
        assertEquals(LocalDate.of(2027, 7, 1), MilestoneRules.toldFrom(planning));
        assertEquals(MilestoneStatus.DUE, first(rules(care(EXPECTED), List.of(), LocalDate.of(2027, 6, 17)),
                MilestoneKind.DISCHARGE_PLANNING).status());
        assertEquals(MilestoneStatus.OVERDUE, first(rules(care(EXPECTED), List.of(), EXPECTED.plusDays(1)),
                MilestoneKind.DISCHARGE_PLANNING).status());

        // The window's length is configured: six weeks open it on the 3rd of June; the notice stays at two weeks.
        Milestone six = first(MilestoneRules.of(care(EXPECTED), List.of(), LocalDate.of(2027, 6, 3),
                new MilestoneSettings(6, 30)), MilestoneKind.DISCHARGE_PLANNING);
        assertEquals(LocalDate.of(2027, 6, 3), six.dueFrom());
        assertEquals(MilestoneStatus.DUE, six.status());
        assertEquals(LocalDate.of(2027, 7, 1), MilestoneRules.toldFrom(six));
        // A one-week window is told when it opens.
        Milestone one = first(MilestoneRules.of(care(EXPECTED), List.of(), EXPECTED, new MilestoneSettings(1, 30)),
                MilestoneKind.DISCHARGE_PLANNING);
        assertEquals(LocalDate.of(2027, 7, 8), MilestoneRules.toldFrom(one));
    }

    @Test
    void dischargePlanningIsMetByAPlanningMeetingInTheWindowBookedByItsLastDayHeldOrNot() {
        LocalDate today = LocalDate.of(2027, 7, 2);
        PlanMeeting booked = booked("FOLLOW_UP", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 10));
        Milestone met = first(rules(care(EXPECTED), List.of(booked), today), MilestoneKind.DISCHARGE_PLANNING);
        assertEquals(MilestoneStatus.MET, met.status());
        assertEquals(booked.meetingId(), met.meetingId());
        assertEquals(LocalDate.of(2027, 6, 1), met.metBy());
        assertEquals(MilestoneStatus.MET, first(rules(care(EXPECTED),
                List.of(booked("COLLABORATION", today, EXPECTED)), today), MilestoneKind.DISCHARGE_PLANNING).status());

        // Not by a meeting before the window, an officials' meeting, a cancelled one, nor one booked after the day.
        for (PlanMeeting other : List.of(booked("SIP", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 6, 16)),
                booked("OFFICIALS", today, LocalDate.of(2027, 7, 10)),
                booked("FOLLOW_UP", today, LocalDate.of(2027, 7, 10), PlanMeeting.CANCELLED),
                booked("FOLLOW_UP", EXPECTED.plusDays(1), EXPECTED))) {
            assertEquals(MilestoneStatus.DUE, first(rules(care(EXPECTED), List.of(other), today),
                    MilestoneKind.DISCHARGE_PLANNING).status(), other.type() + " " + other.status());
        }
    }

    @Test
    void dischargePlanningEndsWithTheRecordedDischargeUnlessItWasMet() {
        LocalDate today = LocalDate.of(2027, 7, 12);
        PlanFacts.Discharge early = new PlanFacts.Discharge(1, LocalDate.of(2027, 7, 8), LocalDate.of(2027, 7, 8), null);
        assertTrue(none(rules(care(EXPECTED, early), List.of(), today), MilestoneKind.DISCHARGE_PLANNING));
        PlanMeeting booked = booked("SIP", LocalDate.of(2027, 6, 20), LocalDate.of(2027, 7, 1));
        assertEquals(MilestoneStatus.MET, first(rules(care(EXPECTED, early), List.of(booked), today),
                MilestoneKind.DISCHARGE_PLANNING).status());
        // The follow-up after the discharge is tracked from the recorded discharge, not the expected date.
        Milestone after = first(rules(care(EXPECTED, early), List.of(), today),
                MilestoneKind.FOLLOW_UP_AFTER_DISCHARGE);
        assertEquals(LocalDate.of(2027, 9, 8), after.dueFrom());
        assertEquals(LocalDate.of(2027, 10, 8), after.dueBy());
    }

    @Test
    void anExpectedDischargeThatPassesUnrecordedIsUnconfirmedUntilTheDischargeIsRecorded() {
        assertTrue(none(rules(care(EXPECTED), List.of(), EXPECTED), MilestoneKind.DISCHARGE_UNCONFIRMED));
        Milestone raised = first(rules(care(EXPECTED), List.of(), EXPECTED.plusDays(1)),
                MilestoneKind.DISCHARGE_UNCONFIRMED);
        assertEquals("DISCHARGE_UNCONFIRMED-2027-07-15", raised.id());
        assertEquals(EXPECTED.plusDays(1), raised.dueFrom());
        assertEquals(EXPECTED.plusDays(1), raised.dueBy());
        assertEquals(MilestoneStatus.DUE, raised.status());
        assertEquals(MilestoneStatus.OVERDUE, first(rules(care(EXPECTED), List.of(), EXPECTED.plusDays(2)),
                MilestoneKind.DISCHARGE_UNCONFIRMED).status());

        // Recorded late (effective on the expected day): met on the day it was recorded.
        PlanFacts.Discharge late = new PlanFacts.Discharge(1, EXPECTED, LocalDate.of(2027, 7, 20), null);
        Milestone met = first(rules(care(EXPECTED, late), List.of(), LocalDate.of(2027, 7, 21)),
                MilestoneKind.DISCHARGE_UNCONFIRMED);
        assertEquals(MilestoneStatus.MET, met.status());
        assertEquals(LocalDate.of(2027, 7, 20), met.metBy());
        // Recorded in time: nothing was ever unconfirmed.
        PlanFacts.Discharge onTime = new PlanFacts.Discharge(1, EXPECTED, EXPECTED, null);
        assertTrue(none(rules(care(EXPECTED, onTime), List.of(), LocalDate.of(2027, 7, 21)),
                MilestoneKind.DISCHARGE_UNCONFIRMED));
    }

    @Test
    void anExpectedDateMovedLaterMovesTheDischargeRulesWithIt() {
        LocalDate today = EXPECTED.plusDays(3);
        LocalDate later = LocalDate.of(2027, 8, 15);
        List<Milestone> moved = rules(care(later), List.of(), today);
        assertTrue(none(moved, MilestoneKind.DISCHARGE_UNCONFIRMED));
        Milestone planning = first(moved, MilestoneKind.DISCHARGE_PLANNING);
        assertEquals("DISCHARGE_PLANNING-2027-08-15", planning.id());
        assertEquals(LocalDate.of(2027, 7, 18), planning.dueFrom());
        assertEquals(MilestoneStatus.DUE, planning.status());
        assertNull(planning.metBy());
    }

    @Test
    void aNewAdmissionBeginsAnEpisodeWhoseRulesCountFromItsStart() {
        LocalDate discharged = LocalDate.of(2027, 7, 1);
        LocalDate admitted = LocalDate.of(2027, 8, 15);
        PlanFacts second = lvm(STARTED, new PlanFacts.Care(2, admitted, null,
                List.of(new PlanFacts.Discharge(1, discharged, discharged, admitted))));
        PlanMeeting beforeIt = held("SIP", LocalDate.of(2027, 8, 1));
        List<Milestone> all = rules(second, List.of(beforeIt), LocalDate.of(2027, 10, 16));
        Milestone first = first(all, MilestoneKind.FIRST_MEETING);
        assertEquals("FIRST_MEETING-2", first.id());
        assertEquals(LocalDate.of(2027, 10, 15), first.dueFrom());
        // A meeting of the ended episode does not meet the new one's rule.
        assertEquals(MilestoneStatus.DUE, first.status());
        assertEquals("FOLLOW_UP_IN_CARE-2", first(all, MilestoneKind.FOLLOW_UP_IN_CARE).id());
        // Admitted again before the aftercare follow-up's window (1 September): it is left out.
        assertTrue(none(all, MilestoneKind.FOLLOW_UP_AFTER_DISCHARGE));

        // Admitted again only after that window opened: the follow-up after the first discharge stays.
        LocalDate late = LocalDate.of(2027, 9, 20);
        PlanFacts afterWindow = lvm(STARTED, new PlanFacts.Care(2, late, LocalDate.of(2028, 3, 1),
                List.of(new PlanFacts.Discharge(1, discharged, discharged, late))));
        List<Milestone> kept = rules(afterWindow, List.of(), late);
        assertEquals("FOLLOW_UP_AFTER_DISCHARGE", first(kept, MilestoneKind.FOLLOW_UP_AFTER_DISCHARGE).id());
        assertEquals("DISCHARGE_PLANNING-2-2028-03-01", first(kept, MilestoneKind.DISCHARGE_PLANNING).id());
    }
}
