package se.sip.plan.milestone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.sip.plan.meeting.PlanMeeting;
import se.sip.plan.plan.PlanKind;
import se.sip.plan.plan.PlanStatus;
import se.sip.platform.meeting.AdjustersDeadline;

/**
 * Derives a plan's milestones from its kind and history (care episodes, placement changes, the youth order, closure)
 * and its meetings. Dates are Europe/Stockholm calendar dates; months are calendar months ({@link LocalDate#plusMonths}:
 * a month after 31 January is 28 or 29 February), a week is seven days. Windows include both their first and last day.
 * LVM care is {@link CareRules}, the youth assignment {@link YouthRules}; here are the rules of every plan.
 *
 * <p>Which held meetings meet a rule: a planning meeting with the individual (SIP, COLLABORATION or FOLLOW_UP; never
 * an officials' meeting, OFFICIALS, nor a START_UP) the in-care and aftercare rules, a FOLLOW_UP or SIP meeting
 * PLAN_REVIEW.
 */
final class MilestoneRules {

    /** How long before the expected discharge the lead is told of unbooked discharge planning (product rule). */
    static final int DISCHARGE_PLANNING_NOTICE_DAYS = 2 * Days.WEEK;

    private final PlanFacts plan;
    private final Meetings meetings;
    private final LocalDate today;
    private final List<Milestone> found = new ArrayList<>();

    private MilestoneRules(PlanFacts plan, Meetings meetings, LocalDate today) {
        this.plan = plan;
        this.meetings = meetings;
        this.today = today;
    }

    /** Every rule that applies to the plan, ordered by window. */
    static List<Milestone> of(PlanFacts plan, List<PlanMeeting> meetings, LocalDate today,
            MilestoneSettings settings) {
        MilestoneRules rules = new MilestoneRules(plan, new Meetings(meetings), today);
        if (plan.kind() == PlanKind.LVM_AFTERCARE && plan.care() != null) {
            rules.found.addAll(CareRules.of(plan.care(), rules.meetings, today, settings));
        }
        if (plan.kind() == PlanKind.YOUTH_ASSIGNMENT) {
            rules.found.addAll(YouthRules.of(plan, rules.meetings, today, settings));
        }
        rules.planReview(Days.of(plan.started()), plan.horizonMonths());
        rules.everyHeldMeeting();
        if (plan.status() == PlanStatus.CLOSED && plan.kind() == PlanKind.YOUTH_ASSIGNMENT) {
            rules.closure(Days.of(plan.closed()));
        }
        return rules.found.stream()
                .filter(rules::withinCoordination)
                .sorted(Comparator.comparing(Milestone::dueFrom).thenComparing(Milestone::dueBy)
                        .thenComparing(Milestone::kind).thenComparing(Milestone::id))
                .toList();
    }

    /**
     * The first day the scheduler tells that a milestone is due ({@code follow-up-due}): its window's first day, but
     * for DISCHARGE_PLANNING two weeks before the expected discharge (its last day), when the lead must act.
     */
    static LocalDate toldFrom(Milestone m) {
        if (m.kind() == MilestoneKind.DISCHARGE_PLANNING) {
            LocalDate notice = m.dueBy().minusDays(DISCHARGE_PLANNING_NOTICE_DAYS);
            return notice.isAfter(m.dueFrom()) ? notice : m.dueFrom();
        }
        return m.dueFrom();
    }

    /**
     * Seed 002: the plan covers its horizon (horizonMonths from its start, 12 unless said otherwise) and is reviewed in
     * the horizon's last month. The id carries the horizon's end, so a changed horizon is a review of its own.
     */
    private void planReview(LocalDate started, int horizonMonths) {
        LocalDate from = started.plusMonths(horizonMonths - 1L);
        LocalDate by = started.plusMonths(horizonMonths);
        Optional<PlanMeeting> held = meetings.firstHeld(Meetings.FOLLOW_UP_OR_SIP, from, by);
        found.add(Milestone.of(MilestoneKind.PLAN_REVIEW.name() + "-" + by, MilestoneKind.PLAN_REVIEW, from, by, today,
                held.map(PlanMeeting::meetingId).orElse(null), held.map(Meetings::heldOn).orElse(null)));
    }

    private void everyHeldMeeting() {
        for (PlanMeeting m : meetings.all()) {
            LocalDate held = Meetings.heldOn(m);
            if (!m.isHeld() || held == null) {
                continue;
            }
            LocalDate minutesBy = held.plusDays(Days.WEEK);
            found.add(Milestone.of(id(MilestoneKind.MINUTES_TO_ADJUSTERS, m), MilestoneKind.MINUTES_TO_ADJUSTERS, held,
                    minutesBy, today, m.meetingId(), Days.of(m.minutesSubmittedAt())));
            if (m.minutesSubmittedAt() != null) {
                LocalDate submitted = Days.of(m.minutesSubmittedAt());
                found.add(Milestone.of(id(MilestoneKind.ADJUSTERS_ANSWER, m), MilestoneKind.ADJUSTERS_ANSWER,
                        submitted, AdjustersDeadline.answerBy(submitted), today, m.meetingId(),
                        Days.of(m.minutesApprovedAt())));
            }
            if (!Meetings.OFFICIALS.equals(m.type())) {
                LocalDate bookBy = held.plusDays(Days.WEEK);
                LocalDate booked = meetings.nextBooked(m, held, bookBy);
                String hint = booked == null && m.nextFollowUpOn() != null ? "The minutes name the next follow-up on "
                        + m.nextFollowUpOn() + ", but no FOLLOW_UP or SIP meeting is booked for it yet: book it." : null;
                found.add(new Milestone(id(MilestoneKind.NEXT_FOLLOW_UP_BOOKED, m), MilestoneKind.NEXT_FOLLOW_UP_BOOKED,
                        held, bookBy, Milestone.statusOn(today, held, bookBy, booked), m.meetingId(), booked, hint));
            }
        }
    }

    /**
     * Seed 004 (the youth routine): the performer completes the documentation within two weeks of the closure. The
     * plan keeps no other record of documentation than the minutes, so it is complete when the minutes of every held
     * meeting are approved; met on the closure day if nothing was left then.
     */
    private void closure(LocalDate closed) {
        LocalDate metBy = closed;
        for (PlanMeeting m : meetings.all()) {
            if (m.isHeld()) {
                if (m.minutesApprovedAt() == null) {
                    metBy = null;
                    break;
                }
                LocalDate approved = Days.of(m.minutesApprovedAt());
                metBy = approved.isAfter(metBy) ? approved : metBy;
            }
        }
        found.add(Milestone.of(MilestoneKind.CLOSURE_DOCUMENTATION.name(), MilestoneKind.CLOSURE_DOCUMENTATION, closed,
                closed.plusDays(2L * Days.WEEK), today, null, metBy));
    }

    /** After the closure only the closure's own rule and what was already due before it remain. */
    private boolean withinCoordination(Milestone m) {
        if (plan.status() != PlanStatus.CLOSED || m.kind() == MilestoneKind.CLOSURE_DOCUMENTATION) {
            return true;
        }
        LocalDate closed = Days.of(plan.closed());
        return m.status() == MilestoneStatus.MET || m.dueBy().isBefore(closed);
    }

    private static String id(MilestoneKind kind, PlanMeeting m) {
        return kind.name() + "-" + m.meetingId();
    }
}
