package se.sip.plan.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import se.sip.plan.meeting.PlanMeeting;
import se.sip.plan.plan.PlanKind;
import se.sip.plan.plan.PlanStatus;
import se.sip.platform.meeting.AdjustersDeadline;
import se.sip.platform.time.ClockProducer;

/**
 * Derives a plan's milestones from its kind and history (care episode, placement changes, closure) and its meetings.
 * Dates are Europe/Stockholm calendar dates; months are calendar months ({@link LocalDate#plusMonths}: a month after
 * 31 January is 28 or 29 February), a week is seven days. Windows include both their first and last day.
 *
 * <p>Which held meetings meet a rule: a planning meeting with the individual (SIP, COLLABORATION or FOLLOW_UP; never
 * an officials' meeting, OFFICIALS, nor a START_UP) meets FIRST_MEETING if held by its last day (earlier is fine),
 * FOLLOW_UP_IN_CARE and FOLLOW_UP_AFTER_DISCHARGE if held in their window, and PERIODIC_FOLLOW_UP if held after the
 * previous follow-up and by the last day. ORDER_CONTACT is met by any meeting held in its window.
 */
final class MilestoneRules {

    private static final Set<String> PLANNING_MEETINGS = Set.of("SIP", "COLLABORATION", "FOLLOW_UP");
    private static final String OFFICIALS = "OFFICIALS";
    /** Seeds 000 and 001: the next follow-up is booked as a meeting, not only named. */
    private static final Set<String> FOLLOW_UP_MEETINGS = Set.of("FOLLOW_UP", "SIP");
    private static final int WEEK = 7;

    private final PlanFacts plan;
    private final List<PlanMeeting> meetings;
    private final LocalDate today;
    private final List<Milestone> found = new ArrayList<>();

    private MilestoneRules(PlanFacts plan, List<PlanMeeting> meetings, LocalDate today) {
        this.plan = plan;
        this.meetings = meetings;
        this.today = today;
    }

    /** Every rule that applies to the plan, ordered by window. */
    static List<Milestone> of(PlanFacts plan, List<PlanMeeting> meetings, LocalDate today) {
        MilestoneRules rules = new MilestoneRules(plan, meetings, today);
        if (plan.kind() == PlanKind.LVM_AFTERCARE && plan.careBegan() != null) {
            rules.lvmCare(plan.careBegan());
        }
        if (plan.kind() == PlanKind.YOUTH_ASSIGNMENT) {
            // The order to the resource unit starts the clock; until it is recorded, the plan's start stands in.
            rules.youthAssignment(plan.ordered() != null ? plan.ordered() : date(plan.started()));
        }
        rules.everyHeldMeeting();
        if (plan.status() == PlanStatus.CLOSED) {
            rules.closure(date(plan.closed()));
        }
        return rules.found.stream()
                .filter(rules::withinCoordination)
                .sorted(Comparator.comparing(Milestone::dueFrom).thenComparing(Milestone::dueBy)
                        .thenComparing(Milestone::kind).thenComparing(Milestone::id))
                .toList();
    }

    private void lvmCare(LocalDate careBegan) {
        LocalDate firstBy = careBegan.plusMonths(3);
        add(MilestoneKind.FIRST_MEETING.name(), MilestoneKind.FIRST_MEETING, careBegan.plusMonths(2), firstBy,
                firstHeld(PLANNING_MEETINGS, careBegan, firstBy));
        Optional<LocalDate> discharged = Optional.ofNullable(plan.discharged());
        // The follow-up in care is in its fifth month, by five months in; a discharge before that ends the care first.
        LocalDate inCareFrom = careBegan.plusMonths(4);
        if (discharged.isEmpty() || !discharged.get().isBefore(inCareFrom)) {
            LocalDate inCareBy = careBegan.plusMonths(5);
            add(MilestoneKind.FOLLOW_UP_IN_CARE.name(), MilestoneKind.FOLLOW_UP_IN_CARE, inCareFrom, inCareBy,
                    firstHeld(PLANNING_MEETINGS, inCareFrom, inCareBy));
        }
        discharged.ifPresent(on -> {
            LocalDate from = on.plusMonths(2);
            LocalDate by = on.plusMonths(3);
            add(MilestoneKind.FOLLOW_UP_AFTER_DISCHARGE.name(), MilestoneKind.FOLLOW_UP_AFTER_DISCHARGE, from, by,
                    firstHeld(PLANNING_MEETINGS, from, by));
        });
    }

    /**
     * The order is the plan's start (the model keeps no order date of its own). Follow-ups come round by round: each
     * is due six months after the previous one (the first, after the start) and its window opens a month before; a
     * late follow-up still starts the next round, while the round it missed stays OVERDUE.
     */
    private void youthAssignment(LocalDate ordered) {
        LocalDate contactBy = ordered.plusDays(2L * WEEK);
        add(MilestoneKind.ORDER_CONTACT.name(), MilestoneKind.ORDER_CONTACT, ordered, contactBy,
                firstHeld(null, ordered, contactBy));
        LocalDate after = ordered;
        for (int round = 1; ; round++) {
            LocalDate by = after.plusMonths(6);
            Optional<PlanMeeting> next = firstHeldAfter(PLANNING_MEETINGS, after);
            Optional<PlanMeeting> inTime = next.filter(m -> !heldOn(m).isAfter(by));
            add(MilestoneKind.PERIODIC_FOLLOW_UP.name() + "-" + round, MilestoneKind.PERIODIC_FOLLOW_UP,
                    after.plusMonths(5), by, inTime);
            if (next.isEmpty()) {
                return;
            }
            after = heldOn(next.get());
        }
    }

    private void everyHeldMeeting() {
        for (PlanMeeting m : meetings) {
            LocalDate held = heldOn(m);
            if (!m.isHeld() || held == null) {
                continue;
            }
            LocalDate minutesBy = held.plusDays(WEEK);
            add(id(MilestoneKind.MINUTES_TO_ADJUSTERS, m), MilestoneKind.MINUTES_TO_ADJUSTERS, held, minutesBy,
                    m.meetingId(), date(m.minutesSubmittedAt()));
            if (m.minutesSubmittedAt() != null) {
                LocalDate submitted = date(m.minutesSubmittedAt());
                add(id(MilestoneKind.ADJUSTERS_ANSWER, m), MilestoneKind.ADJUSTERS_ANSWER, submitted,
                        AdjustersDeadline.answerBy(submitted), m.meetingId(), date(m.minutesApprovedAt()));
            }
            if (!OFFICIALS.equals(m.type())) {
                LocalDate bookBy = held.plusDays(WEEK);
                LocalDate booked = nextBooked(m, held, bookBy);
                String hint = booked == null && m.nextFollowUpOn() != null ? "The minutes name the next follow-up on "
                        + m.nextFollowUpOn() + ", but no FOLLOW_UP or SIP meeting is booked for it yet: book it." : null;
                found.add(new Milestone(id(MilestoneKind.NEXT_FOLLOW_UP_BOOKED, m), MilestoneKind.NEXT_FOLLOW_UP_BOOKED,
                        held, bookBy, Milestone.statusOn(today, held, bookBy, booked), m.meetingId(), booked, hint));
            }
        }
    }

    /**
     * Documentation is complete when the minutes of every held meeting are approved (the plan keeps no other record
     * of documentation); met on the closure day if nothing was left then.
     */
    private void closure(LocalDate closed) {
        LocalDate metBy = closed;
        for (PlanMeeting m : meetings) {
            if (m.isHeld()) {
                if (m.minutesApprovedAt() == null) {
                    metBy = null;
                    break;
                }
                LocalDate approved = date(m.minutesApprovedAt());
                metBy = approved.isAfter(metBy) ? approved : metBy;
            }
        }
        add(MilestoneKind.CLOSURE_DOCUMENTATION.name(), MilestoneKind.CLOSURE_DOCUMENTATION, closed,
                closed.plusDays(2L * WEEK), null, metBy);
    }

    /**
     * A held meeting booked the next follow-up when a FOLLOW_UP or SIP meeting of the plan starting after it was booked
     * by the last day: met on the day held, or the day booked if later. A date the minutes name is no booking.
     */
    private LocalDate nextBooked(PlanMeeting held, LocalDate heldOn, LocalDate bookBy) {
        return meetings.stream()
                .filter(m -> m != held && !PlanMeeting.CANCELLED.equals(m.status())
                        && FOLLOW_UP_MEETINGS.contains(m.type()))
                .filter(m -> m.startsAt() != null && held.startsAt() != null && m.startsAt().isAfter(held.startsAt()))
                .map(m -> m.bookedAt() == null ? heldOn : date(m.bookedAt()))
                .map(booked -> booked.isBefore(heldOn) ? heldOn : booked)
                .filter(booked -> !booked.isAfter(bookBy))
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /** After the closure only the closure's own rule and what was already due before it remain. */
    private boolean withinCoordination(Milestone m) {
        if (plan.status() != PlanStatus.CLOSED || m.kind() == MilestoneKind.CLOSURE_DOCUMENTATION) {
            return true;
        }
        LocalDate closed = date(plan.closed());
        return m.status() == MilestoneStatus.MET || m.dueBy().isBefore(closed);
    }

    private void add(String id, MilestoneKind kind, LocalDate from, LocalDate by, Optional<PlanMeeting> metByMeeting) {
        add(id, kind, from, by, metByMeeting.map(PlanMeeting::meetingId).orElse(null),
                metByMeeting.map(MilestoneRules::heldOn).orElse(null));
    }

    private void add(String id, MilestoneKind kind, LocalDate from, LocalDate by, UUID meetingId, LocalDate metBy) {
        found.add(new Milestone(id, kind, from, by, Milestone.statusOn(today, from, by, metBy), meetingId, metBy,
                null));
    }

    /** The first meeting of the types (any type if null) held from {@code from} to {@code to}. */
    private Optional<PlanMeeting> firstHeld(Set<String> types, LocalDate from, LocalDate to) {
        return held(types).filter(m -> !heldOn(m).isBefore(from) && !heldOn(m).isAfter(to)).findFirst();
    }

    private Optional<PlanMeeting> firstHeldAfter(Set<String> types, LocalDate after) {
        return held(types).filter(m -> heldOn(m).isAfter(after)).findFirst();
    }

    private Stream<PlanMeeting> held(Set<String> types) {
        return meetings.stream()
                .filter(m -> m.isHeld() && heldOn(m) != null && (types == null || types.contains(m.type())))
                .sorted(Comparator.comparing(MilestoneRules::heldOn));
    }

    private static String id(MilestoneKind kind, PlanMeeting m) {
        return kind.name() + "-" + m.meetingId();
    }

    /** The day held; until the held event tells it, the day it was to start (minutes may come first). */
    private static LocalDate heldOn(PlanMeeting m) {
        return date(m.heldAt() != null ? m.heldAt() : m.startsAt());
    }

    static LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ClockProducer.SWEDEN);
    }
}
