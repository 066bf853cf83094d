package se.sip.plan.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.sip.plan.meeting.PlanMeeting;
import se.sip.plan.plan.PlanKind;
import se.sip.plan.plan.PlanStatus;

/**
 * The check date against the rules themselves: on no day before it would a scan of the same plan and meetings tell
 * anything it did not tell on the day it was reckoned, nor count another number overdue. Tried day by day on plans of
 * every kind drawn at random (a fixed seed, so a failure comes back), with meetings booked, held, cancelled and
 * minuted, discharges, readmissions, youth orders and closures.
 */
class MilestoneCheckTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 10);
    private static final int DAYS_CHECKED = 240;
    /** How far past the last day checked a plan with nothing left to check is watched for anything new. */
    private static final int HORIZON_DAYS = 400;

    /** What a scan on one day tells (milestone and event type) and counts overdue. */
    private record Findings(Set<String> told, int overdue) {

        static Findings of(MilestoneCheck check) {
            return new Findings(check.tell().stream().map(t -> t.milestone().id() + " " + t.eventType())
                    .collect(Collectors.toSet()), check.overdue());
        }
    }

    @Test
    void noScanBeforeTheCheckDateWouldFindAnythingNew() {
        Random random = new Random(20270110L);
        for (int n = 0; n < 40; n++) {
            PlanFacts plan = plan(random);
            List<PlanMeeting> meetings = meetings(random);
            List<Findings> byDay = new ArrayList<>();
            for (int day = 0; day < DAYS_CHECKED + HORIZON_DAYS; day++) {
                byDay.add(Findings.of(check(plan, meetings, START.plusDays(day))));
            }
            for (int day = 0; day < DAYS_CHECKED; day++) {
                LocalDate today = START.plusDays(day);
                LocalDate next = check(plan, meetings, today).nextOn();
                assertTrue(next == null || next.isAfter(today), "a check date after " + today);
                int until = next == null ? byDay.size() : (int) Math.min(byDay.size(), next.toEpochDay()
                        - START.toEpochDay());
                Findings then = byDay.get(day);
                for (int later = day + 1; later < until; later++) {
                    Findings found = byDay.get(later);
                    String where = "plan " + n + " " + plan + ", checked on " + today + " for " + next + ", scanned on "
                            + START.plusDays(later);
                    assertTrue(then.told().containsAll(found.told()), where + ": " + found.told() + " after "
                            + then.told());
                    assertEquals(then.overdue(), found.overdue(), where);
                }
            }
        }
    }

    @Test
    void aMilestoneThatOnlyWaitsForItsDayIsCheckedOnThatDay() {
        PlanFacts plan = RuleFixtures.lvm(START, new PlanFacts.Care(1, START.minusMonths(1), null, List.of()));
        // FIRST_MEETING opens two months after the care began.
        assertEquals(START.plusMonths(1), check(plan, List.of(), START).nextOn());
        // DISCHARGE_UNCONFIRMED is no milestone until the expected discharge has passed.
        LocalDate expected = START.plusDays(10);
        PlanFacts discharging = RuleFixtures.lvm(START, new PlanFacts.Care(1, START.minusMonths(2).minusDays(20),
                expected, List.of()));
        MilestoneCheck onExpected = check(discharging, List.of(RuleFixtures.held("SIP", START.minusDays(3))),
                expected);
        assertEquals(expected.plusDays(1), onExpected.nextOn());
        assertTrue(check(discharging, List.of(RuleFixtures.held("SIP", START.minusDays(3))), expected.plusDays(1))
                .tell().stream().anyMatch(t -> t.milestone().kind() == MilestoneKind.DISCHARGE_UNCONFIRMED));
    }

    @Test
    void aClosedPlanThatOwesNothingIsNotCheckedAgain() {
        PlanFacts closed = new PlanFacts(PlanKind.SIP, PlanStatus.CLOSED, RuleFixtures.at(START.minusMonths(2)),
                RuleFixtures.at(START.minusDays(1)), 12, null, RuleFixtures.NO_ORDER);
        assertNull(check(closed, List.of(RuleFixtures.held("SIP", START.minusDays(20))), START).nextOn());
    }

    private static MilestoneCheck check(PlanFacts plan, List<PlanMeeting> meetings, LocalDate today) {
        return MilestoneCheck.on(plan, meetings, today, MilestoneSettings.DEFAULTS);
    }

    private static LocalDate around(Random random, int days) {
        return START.plusDays(random.nextInt(days) - days / 4);
    }

    private static LocalDate maybe(Random random, int days) {
        return random.nextBoolean() ? around(random, days) : null;
    }

    private static List<LocalDate> some(Random random, int days) {
        List<LocalDate> all = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            all.add(around(random, days));
        }
        return all;
    }

    private static PlanFacts plan(Random random) {
        PlanKind kind = PlanKind.values()[random.nextInt(PlanKind.values().length)];
        LocalDate started = around(random, 120);
        boolean closed = random.nextInt(4) == 0;
        Instant closedAt = closed ? RuleFixtures.at(started.plusDays(1 + random.nextInt(300))) : null;
        PlanFacts.Care care = null;
        if (kind == PlanKind.LVM_AFTERCARE) {
            LocalDate began = started.minusDays(random.nextInt(90));
            List<PlanFacts.Discharge> discharges = new ArrayList<>();
            int episode = 1;
            if (random.nextBoolean()) {
                LocalDate on = began.plusDays(60 + random.nextInt(200));
                LocalDate readmitted = random.nextBoolean() ? on.plusDays(random.nextInt(150)) : null;
                discharges.add(new PlanFacts.Discharge(1, on, on.plusDays(random.nextInt(10)), readmitted));
                if (readmitted != null) {
                    episode = 2;
                    began = readmitted;
                }
            }
            LocalDate expected = random.nextBoolean() ? began.plusDays(30 + random.nextInt(300)) : null;
            care = new PlanFacts.Care(episode, began, expected, discharges);
        }
        PlanFacts.Youth youth = kind != PlanKind.YOUTH_ASSIGNMENT ? RuleFixtures.NO_ORDER
                : new PlanFacts.Youth(maybe(random, 60), maybe(random, 500), some(random, 60), some(random, 200),
                        some(random, 300), some(random, 300));
        return new PlanFacts(kind, closed ? PlanStatus.CLOSED : PlanStatus.ACTIVE, RuleFixtures.at(started), closedAt,
                6 + random.nextInt(13), care, youth);
    }

    private static List<PlanMeeting> meetings(Random random) {
        String[] types = {"SIP", "COLLABORATION", "FOLLOW_UP", "START_UP", "OFFICIALS"};
        String[] statuses = {PlanMeeting.SCHEDULED, PlanMeeting.HELD, PlanMeeting.HELD, PlanMeeting.CANCELLED};
        List<PlanMeeting> all = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            LocalDate on = around(random, 400);
            Instant startsAt = RuleFixtures.at(on);
            String status = statuses[random.nextInt(statuses.length)];
            boolean held = PlanMeeting.HELD.equals(status);
            Instant submitted = held && random.nextBoolean() ? RuleFixtures.at(on.plusDays(random.nextInt(12))) : null;
            Instant approved = submitted != null && random.nextBoolean()
                    ? RuleFixtures.at(on.plusDays(12 + random.nextInt(20))) : null;
            all.add(new PlanMeeting(UUID.randomUUID(), null, types[random.nextInt(types.length)], status, startsAt, 60,
                    null, null, random.nextBoolean() ? RuleFixtures.at(on.minusDays(random.nextInt(60))) : null,
                    held && random.nextBoolean() ? startsAt.plusSeconds(3600) : null, null, submitted == null ? null : 1,
                    submitted, approved, null, null, true, List.of()));
        }
        return all;
    }
}
