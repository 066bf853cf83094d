package se.sip.plan.milestone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.sip.plan.meeting.PlanMeeting;

/**
 * The time rules of a youth assignment (seed 004: order → contact → start-up → implementation plan → follow-up at
 * least every six months → the time-limited intervention's end).
 * <ul>
 * <li>ORDER_CONTACT: the resource unit contacted within two weeks of the order (the plan's start stands in until an
 * order is recorded); met by a contact recorded in the window, whatever the answer; no meeting meets it.
 * <li>IMPLEMENTATION_PLAN (product rule): once a START_UP meeting is held, an implementation plan by two weeks later.
 * <li>PERIODIC_FOLLOW_UP: "minst var sjätte månad", measured from the held START_UP meeting, when the intervention is
 * under way (until one is held, from the order): each round is due six months after the previous follow-up and its
 * window opens a month before; a planning meeting held after the previous one meets it. A late follow-up still starts
 * the next round, while the round it missed stays OVERDUE.
 * <li>INTERVENTION_DECISION (product rule): the intervention is time-limited; within
 * {@code sip.plan.intervention-decision-days} (default 30) before {@code interventionTo} a held FOLLOW_UP meeting
 * decides whether it ends or goes on.
 * <li>CONTINUATION_DECISION (product rule): after a guardian withdraws or stops cooperating, the social worker decides
 * within two weeks whether the intervention goes on without the parents' consent ("bedöma om insats kan ske till
 * barnet … utan föräldrarnas samtycke"); met by the first decision recorded from that day.
 * <li>INTERVENTION_ENDED: raised when {@code interventionTo} has passed while the plan is active, due the day after;
 * met by the closure. An order extended to a later {@code interventionTo} leaves nothing ended, so the milestone of the
 * old date is gone.
 * </ul>
 * The intervention's rules carry the date they hang on ({@code INTERVENTION_ENDED-2027-07-15}): a moved date is a new
 * milestone, told anew.
 */
final class YouthRules {

    private final Meetings meetings;
    private final LocalDate today;
    private final List<Milestone> found = new ArrayList<>();

    private YouthRules(Meetings meetings, LocalDate today) {
        this.meetings = meetings;
        this.today = today;
    }

    static List<Milestone> of(PlanFacts plan, Meetings meetings, LocalDate today, MilestoneSettings settings) {
        YouthRules rules = new YouthRules(meetings, today);
        PlanFacts.Youth youth = plan.youth();
        LocalDate ordered = youth.ordered() != null ? youth.ordered() : Days.of(plan.started());
        rules.orderContact(ordered, youth.contacts());
        Optional<PlanMeeting> startUp = meetings.firstHeld(Meetings.START_UP);
        startUp.ifPresent(m -> rules.implementationPlan(m, youth.implementationPlans()));
        rules.periodicFollowUps(startUp.map(Meetings::heldOn).orElse(ordered));
        youth.guardianRefusals().forEach(refused -> rules.continuationDecision(refused, youth.decisions()));
        if (youth.interventionTo() != null) {
            rules.interventionDecision(youth.interventionTo(), settings.interventionDecisionDays());
            rules.interventionEnded(youth.interventionTo(), Days.of(plan.closed()));
        }
        return rules.found;
    }

    private void orderContact(LocalDate ordered, List<LocalDate> contacts) {
        LocalDate contactBy = ordered.plusDays(2L * Days.WEEK);
        LocalDate contacted = contacts.stream().filter(on -> !on.isBefore(ordered) && !on.isAfter(contactBy))
                .min(LocalDate::compareTo).orElse(null);
        found.add(Milestone.of(MilestoneKind.ORDER_CONTACT.name(), MilestoneKind.ORDER_CONTACT, ordered, contactBy,
                today, null, contacted));
    }

    private void implementationPlan(PlanMeeting startUp, List<LocalDate> received) {
        LocalDate from = Meetings.heldOn(startUp);
        LocalDate by = from.plusDays(2L * Days.WEEK);
        LocalDate first = received.stream().filter(on -> !on.isAfter(by)).min(LocalDate::compareTo).orElse(null);
        found.add(Milestone.of(MilestoneKind.IMPLEMENTATION_PLAN.name(), MilestoneKind.IMPLEMENTATION_PLAN, from, by,
                today, startUp.meetingId(), first));
    }

    private void periodicFollowUps(LocalDate started) {
        LocalDate after = started;
        for (int round = 1; ; round++) {
            LocalDate by = after.plusMonths(6);
            Optional<PlanMeeting> next = meetings.firstHeldAfter(Meetings.PLANNING, after);
            Optional<PlanMeeting> inTime = next.filter(m -> !Meetings.heldOn(m).isAfter(by));
            add(MilestoneKind.PERIODIC_FOLLOW_UP.name() + "-" + round, MilestoneKind.PERIODIC_FOLLOW_UP,
                    after.plusMonths(5), by, inTime);
            if (next.isEmpty()) {
                return;
            }
            after = Meetings.heldOn(next.get());
        }
    }

    private void continuationDecision(LocalDate refused, List<LocalDate> decisions) {
        LocalDate decided = decisions.stream().filter(on -> !on.isBefore(refused)).min(LocalDate::compareTo)
                .orElse(null);
        found.add(Milestone.of(MilestoneKind.CONTINUATION_DECISION.name() + "-" + refused,
                MilestoneKind.CONTINUATION_DECISION, refused, refused.plusDays(2L * Days.WEEK), today, null, decided));
    }

    private void interventionDecision(LocalDate interventionTo, int days) {
        LocalDate from = interventionTo.minusDays(days);
        add(MilestoneKind.INTERVENTION_DECISION.name() + "-" + interventionTo, MilestoneKind.INTERVENTION_DECISION, from,
                interventionTo, meetings.firstHeld(Meetings.FOLLOW_UP, from, interventionTo));
    }

    private void interventionEnded(LocalDate interventionTo, LocalDate closed) {
        LocalDate dayAfter = interventionTo.plusDays(1);
        boolean ended = closed != null ? closed.isAfter(interventionTo) : today.isAfter(interventionTo);
        if (ended) {
            found.add(Milestone.of(MilestoneKind.INTERVENTION_ENDED.name() + "-" + interventionTo,
                    MilestoneKind.INTERVENTION_ENDED, dayAfter, dayAfter, today, null, closed));
        }
    }

    private void add(String id, MilestoneKind kind, LocalDate from, LocalDate by, Optional<PlanMeeting> met) {
        found.add(Milestone.of(id, kind, from, by, today, met.map(PlanMeeting::meetingId).orElse(null),
                met.map(Meetings::heldOn).orElse(null)));
    }
}
