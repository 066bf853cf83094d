package se.sip.plan.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.sip.plan.meeting.PlanMeeting;
import se.sip.plan.plan.PlanKind;
import se.sip.plan.plan.PlanStatus;
import se.sip.platform.time.ClockProducer;

/** Plans and meetings for the derivation's tests, and the derivation with the default settings. */
final class RuleFixtures {

    static final PlanFacts.Youth NO_ORDER = new PlanFacts.Youth(null, null, List.of(), List.of(), List.of(),
            List.of());

    private RuleFixtures() {
    }

    static Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(ClockProducer.SWEDEN).toInstant();
    }

    /** An active LVM-aftercare plan started on {@code started} whose care episode is {@code care}. */
    static PlanFacts lvm(LocalDate started, PlanFacts.Care care) {
        return new PlanFacts(PlanKind.LVM_AFTERCARE, PlanStatus.ACTIVE, at(started), null, 12, care, NO_ORDER);
    }

    static List<Milestone> rules(PlanFacts plan, List<PlanMeeting> meetings, LocalDate today) {
        return MilestoneRules.of(plan, meetings, today, MilestoneSettings.DEFAULTS);
    }

    static Milestone first(List<Milestone> all, MilestoneKind kind) {
        return all.stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
    }

    static boolean none(List<Milestone> all, MilestoneKind kind) {
        return all.stream().noneMatch(m -> m.kind() == kind);
    }

    /** A meeting held on {@code day} at ten. */
    static PlanMeeting held(String type, LocalDate day) {
        Instant startsAt = day.atTime(10, 0).atZone(ClockProducer.SWEDEN).toInstant();
        return new PlanMeeting(UUID.randomUUID(), null, type, PlanMeeting.HELD, startsAt, null, null, null, null,
                startsAt.plusSeconds(3600), day.plusMonths(5), null, null, null, null, null, true, List.of());
    }

    /** A meeting booked on {@code bookedOn} for {@code day}, not held yet. */
    static PlanMeeting booked(String type, LocalDate bookedOn, LocalDate day) {
        return booked(type, bookedOn, day, PlanMeeting.SCHEDULED);
    }

    static PlanMeeting booked(String type, LocalDate bookedOn, LocalDate day, String status) {
        Instant startsAt = day.atTime(10, 0).atZone(ClockProducer.SWEDEN).toInstant();
        return new PlanMeeting(UUID.randomUUID(), null, type, status, startsAt, 60, null, null, at(bookedOn), null,
                null, null, null, null, null, null, true, List.of());
    }
}
