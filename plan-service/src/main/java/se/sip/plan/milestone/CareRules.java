package se.sip.plan.milestone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.sip.plan.meeting.PlanMeeting;

/**
 * The time rules of LVM care and aftercare (seed 000), for the current care episode and the discharges recorded.
 * <ul>
 * <li>FIRST_MEETING: "2–3 månader in i LVM-vården", the window from 2 to 3 months after the episode began; a planning
 * meeting held by its last day meets it (earlier, from the episode's start, counts).
 * <li>FOLLOW_UP_IN_CARE: "5 månader in i LVM-vården" read as the fifth month of care, from 4 to 5 months after the
 * episode began (the day 5 months in is its last day); a planning meeting held in the window meets it. Left out when
 * the episode ended before the window opened.
 * <li>FOLLOW_UP_AFTER_DISCHARGE: "2–3 månader efter avslutad LVM-vård", from each recorded discharge; left out when a
 * new admission came before its window opened.
 * <li>DISCHARGE_PLANNING (product rule): from {@code sip.plan.discharge-planning-weeks} before the expected discharge
 * to the expected discharge, met by a planning meeting taking place in the window that was booked by its last day
 * (held or not). Only while no discharge is recorded; after one it stays only if it was met.
 * <li>DISCHARGE_UNCONFIRMED: raised when the expected discharge has passed with no discharge recorded, due the day
 * after; met when the discharge is recorded. An expected date moved later has nothing left to confirm yet, so the
 * milestone of the old date is gone (and comes back, with the new date in its id, if that one passes too).
 * </ul>
 * Ids: the first episode's rules are named by their kind, a later episode's carry its number ({@code FIRST_MEETING-2}),
 * and the discharge rules the expected date they hang on ({@code DISCHARGE_PLANNING-2027-04-01}), so that a new
 * episode or a moved date is a milestone of its own, told anew.
 */
final class CareRules {

    private final PlanFacts.Care care;
    private final Meetings meetings;
    private final LocalDate today;
    private final List<Milestone> found = new ArrayList<>();

    private CareRules(PlanFacts.Care care, Meetings meetings, LocalDate today) {
        this.care = care;
        this.meetings = meetings;
        this.today = today;
    }

    static List<Milestone> of(PlanFacts.Care care, Meetings meetings, LocalDate today, MilestoneSettings settings) {
        CareRules rules = new CareRules(care, meetings, today);
        rules.inCare();
        care.discharges().forEach(rules::afterDischarge);
        if (care.expectedDischarge() != null) {
            rules.dischargePlanning(care.expectedDischarge(), settings.dischargePlanningWeeks());
            rules.dischargeUnconfirmed(care.expectedDischarge());
        }
        return rules.found;
    }

    private void inCare() {
        LocalDate began = care.began();
        LocalDate firstBy = began.plusMonths(3);
        add(MilestoneKind.FIRST_MEETING, episode(care.episode()), began.plusMonths(2), firstBy,
                meetings.firstHeld(Meetings.PLANNING, began, firstBy));
        LocalDate inCareFrom = began.plusMonths(4);
        Optional<PlanFacts.Discharge> discharged = care.discharged();
        if (discharged.isEmpty() || !discharged.get().on().isBefore(inCareFrom)) {
            LocalDate inCareBy = began.plusMonths(5);
            add(MilestoneKind.FOLLOW_UP_IN_CARE, episode(care.episode()), inCareFrom, inCareBy,
                    meetings.firstHeld(Meetings.PLANNING, inCareFrom, inCareBy));
        }
    }

    private void afterDischarge(PlanFacts.Discharge d) {
        LocalDate from = d.on().plusMonths(2);
        LocalDate by = d.on().plusMonths(3);
        if (d.readmittedOn() == null || !d.readmittedOn().isBefore(from)) {
            add(MilestoneKind.FOLLOW_UP_AFTER_DISCHARGE, episode(d.episode()), from, by,
                    meetings.firstHeld(Meetings.PLANNING, from, by));
        }
    }

    private void dischargePlanning(LocalDate expected, int weeks) {
        LocalDate from = expected.minusWeeks(weeks);
        Optional<PlanMeeting> booked = meetings.firstBooked(Meetings.PLANNING, from, expected, expected);
        Milestone m = Milestone.of(id(MilestoneKind.DISCHARGE_PLANNING, expected), MilestoneKind.DISCHARGE_PLANNING,
                from, expected, today, booked.map(PlanMeeting::meetingId).orElse(null),
                booked.map(Meetings::bookedOn).orElse(null));
        if (care.discharged().isEmpty() || m.status() == MilestoneStatus.MET) {
            found.add(m);
        }
    }

    private void dischargeUnconfirmed(LocalDate expected) {
        LocalDate dayAfter = expected.plusDays(1);
        Optional<PlanFacts.Discharge> discharged = care.discharged();
        if (discharged.isEmpty() ? today.isAfter(expected) : discharged.get().recordedOn().isAfter(expected)) {
            found.add(Milestone.of(id(MilestoneKind.DISCHARGE_UNCONFIRMED, expected),
                    MilestoneKind.DISCHARGE_UNCONFIRMED, dayAfter, dayAfter, today, null,
                    discharged.map(PlanFacts.Discharge::recordedOn).orElse(null)));
        }
    }

    private void add(MilestoneKind kind, String episode, LocalDate from, LocalDate by, Optional<PlanMeeting> met) {
        found.add(Milestone.of(kind.name() + episode, kind, from, by, today,
                met.map(PlanMeeting::meetingId).orElse(null), met.map(Meetings::heldOn).orElse(null)));
    }

    private String id(MilestoneKind kind, LocalDate expected) {
        return kind.name() + episode(care.episode()) + "-" + expected;
    }

    /** Nothing for the first care episode, whose ids were the kinds' names before there could be another. */
    private static String episode(int n) {
        return n == 1 ? "" : "-" + n;
    }
}
