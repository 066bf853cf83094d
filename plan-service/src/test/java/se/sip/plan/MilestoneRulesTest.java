package se.sip.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.sip.plan.milestone.Milestone;
import se.sip.plan.milestone.MilestoneKind;
import se.sip.plan.milestone.MilestoneRules;

/** Calendar arithmetic of the windows: months clamp at a month's end. */
class MilestoneRulesTest {

    private static Plan lvmPlan(LocalDate careBegan) {
        Plan p = new Plan();
        p.kind = PlanKind.LVM_AFTERCARE;
        p.status = PlanStatus.ACTIVE;
        p.lvmStartedOn = careBegan;
        p.createdAt = Instant.parse("2026-01-01T10:00:00Z");
        return p;
    }

    private static Milestone first(List<Milestone> all, MilestoneKind kind) {
        return all.stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void monthsAfterTheLastDayOfAMonthEndOnTheLastDayOfAShorterOne() {
        List<Milestone> all = MilestoneRules.of(lvmPlan(LocalDate.of(2026, 11, 30)), List.of(), LocalDate.of(2026, 12, 1));
        Milestone first = first(all, MilestoneKind.FIRST_MEETING);
        assertEquals(LocalDate.of(2027, 1, 30), first.dueFrom());
        assertEquals(LocalDate.of(2027, 2, 28), first.dueBy());

        List<Milestone> leap = MilestoneRules.of(lvmPlan(LocalDate.of(2027, 12, 31)), List.of(), LocalDate.of(2028, 1, 1));
        assertEquals(LocalDate.of(2028, 2, 29), first(leap, MilestoneKind.FIRST_MEETING).dueFrom());
        assertEquals(LocalDate.of(2028, 3, 31), first(leap, MilestoneKind.FIRST_MEETING).dueBy());
        assertEquals(LocalDate.of(2028, 4, 30), first(leap, MilestoneKind.FOLLOW_UP_IN_CARE).dueFrom());
        assertEquals(LocalDate.of(2028, 5, 31), first(leap, MilestoneKind.FOLLOW_UP_IN_CARE).dueBy());
    }
}
