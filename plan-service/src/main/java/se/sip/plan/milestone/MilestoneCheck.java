package se.sip.plan.milestone;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.sip.plan.meeting.PlanMeeting;
import se.sip.plan.plan.PlanStatus;
import se.sip.platform.events.EventTypes;

/**
 * What one scan of a plan finds on a day: the events it tells, the milestones it counts overdue, and the first later day
 * on which a scan of the same plan and meetings could find anything else ({@code nextOn}, null when nothing can come
 * due until they change). Between those days a scan would tell nothing new and count the same, so the scheduler leaves
 * the plan alone until then.
 *
 * <p>With the plan and its meetings unchanged, a scan's findings move only with the day: a milestone's status turns
 * at its window's first day and the day after its last, DUE is told from {@link MilestoneRules#toldFrom}, and a rule
 * may appear once a day has passed (DISCHARGE_UNCONFIRMED after the expected discharge, INTERVENTION_ENDED after the
 * intervention's end). Those appearances are found without naming them: the rules are also derived on a day after every
 * date a plan holds, and a milestone there but not today is checked on its first day, or tomorrow when that has passed.
 */
record MilestoneCheck(List<Telling> tell, int overdue, LocalDate nextOn) {

    /** Far enough for every rule that waits for a day to have passed to have appeared. */
    private static final int PROBE_YEARS = 1000;

    /** One event the scan tells, unless it was told before. */
    record Telling(Milestone milestone, String eventType) {
    }

    static MilestoneCheck on(PlanFacts plan, List<PlanMeeting> meetings, LocalDate today, MilestoneSettings settings) {
        List<Milestone> now = scanned(plan, MilestoneRules.of(plan, meetings, today, settings));
        List<Telling> tell = now.stream()
                .flatMap(m -> m.status() == MilestoneStatus.OVERDUE
                        ? Stream.of(new Telling(m, EventTypes.MILESTONE_OVERDUE))
                        : m.status() == MilestoneStatus.DUE && !today.isBefore(MilestoneRules.toldFrom(m))
                                ? Stream.of(new Telling(m, EventTypes.FOLLOW_UP_DUE))
                                : Stream.empty())
                .toList();
        int overdue = (int) now.stream().filter(m -> m.status() == MilestoneStatus.OVERDUE).count();

        Set<String> known = now.stream().map(Milestone::id).collect(Collectors.toSet());
        LocalDate tomorrow = today.plusDays(1);
        Stream<LocalDate> turns = now.stream()
                .filter(m -> m.status() != MilestoneStatus.MET)
                .flatMap(m -> Stream.of(m.dueFrom(), MilestoneRules.toldFrom(m), m.dueBy().plusDays(1)));
        Stream<LocalDate> appearances = scanned(plan,
                MilestoneRules.of(plan, meetings, today.plusYears(PROBE_YEARS), settings)).stream()
                .filter(m -> !known.contains(m.id()))
                .map(m -> m.dueFrom().isAfter(today) ? m.dueFrom() : tomorrow);
        LocalDate nextOn = Stream.concat(turns, appearances).filter(day -> day.isAfter(today))
                .min(LocalDate::compareTo).orElse(null);
        return new MilestoneCheck(tell, overdue, nextOn);
    }

    /** The milestones the scan tells about: all of an active plan's, only the closure's own rule of a closed one. */
    private static List<Milestone> scanned(PlanFacts plan, List<Milestone> all) {
        return plan.status() == PlanStatus.ACTIVE ? all
                : all.stream().filter(m -> m.kind() == MilestoneKind.CLOSURE_DOCUMENTATION).toList();
    }
}
