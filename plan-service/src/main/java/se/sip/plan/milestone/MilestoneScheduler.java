package se.sip.plan.milestone;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import se.sip.plan.meeting.MeetingProjection;
import se.sip.plan.plan.PlanDetails;
import se.sip.plan.plan.PlanService;
import se.sip.plan.plan.PlanStatus;
import se.sip.platform.events.MilestoneEventData;
import se.sip.platform.events.Topics;
import se.sip.platform.lifecycle.SchedulerShutdown;
import se.sip.platform.outbox.Outbox;

/**
 * Tells the plan's parties when a milestone's window opens ({@code follow-up-due}) and when it closes unmet
 * ({@code milestone-overdue}), each once per milestone. Safe on several replicas: an event is put into the outbox only
 * in the transaction that inserts its row into {@code milestone_emission}, whose key admits one row per milestone and
 * type; a second replica's insert waits for the first to commit and then inserts nothing. A milestone found already
 * past its window is told only as overdue. DISCHARGE_PLANNING is told due not when its window opens but two weeks
 * before the expected discharge ({@link MilestoneRules#toldFrom}), if still unbooked then. Active plans only, except
 * the closure's own rule.
 *
 * <p>A round reads only the plans whose check date ({@code plan.milestone_check_on}) has come: each scan stores the
 * next day on which a scan could find anything new ({@link MilestoneCheck}), and every change of the plan or of its
 * meetings sets it to a day long past, so the next round reads the plan again. A round's cost follows the plans due,
 * not the plans kept. Each scan also stores how many of the plan's milestones it found overdue, and
 * {@code sip_milestones_overdue} is their sum.
 */
@ApplicationScoped
public class MilestoneScheduler {

    private static final Logger LOG = Logger.getLogger(MilestoneScheduler.class);
    /** Closed plans are scanned as long as their closure rule can still come due or be missed. */
    private static final Duration CLOSED_SCAN = Duration.ofDays(30);
    /** Plans read per query of a round; a round goes on until no plan is due. */
    private static final int BATCH = 500;

    private final EntityManager em;
    private final PlanService plans;
    private final MeetingProjection meetings;
    private final Outbox outbox;
    private final Clock clock;
    private final SchedulerShutdown shutdown;
    private final MilestoneSettings settings;
    private final AtomicInteger overdueNow = new AtomicInteger();
    private volatile boolean settingsTaken;

    MilestoneScheduler(EntityManager em, PlanService plans, MeetingProjection meetings, Outbox outbox, Clock clock,
            SchedulerShutdown shutdown, MilestoneSettings settings, MeterRegistry registry) {
        this.em = em;
        this.plans = plans;
        this.meetings = meetings;
        this.outbox = outbox;
        this.clock = clock;
        this.shutdown = shutdown;
        this.settings = settings;
        Gauge.builder("sip.milestones.overdue", overdueNow, AtomicInteger::get)
                .description("Milestones past their last day unmet, as of the last scan").register(registry);
    }

    @Scheduled(identity = "milestone-scan", every = "${sip.plan.milestone-scan-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        tick();
    }

    /**
     * Scans every plan whose check date has come, each in its own transaction, oldest check first, and sums what is
     * overdue; returns the events told.
     */
    public int tick() {
        if (!settingsTaken) {
            QuarkusTransaction.requiringNew().run(this::takeSettings);
            settingsTaken = true;
        }
        LocalDate today = LocalDate.now(clock);
        int told = 0;
        Due after = Due.FIRST;
        for (List<Due> batch = due(today, after); !batch.isEmpty(); batch = due(today, after)) {
            for (Due plan : batch) {
                if (shutdown.begun()) {
                    // The rest waits for the next round, of this replica's successor or of another one.
                    return told;
                }
                try {
                    told += QuarkusTransaction.requiringNew().call(() -> scan(plan.id()));
                } catch (RuntimeException e) {
                    // One plan that cannot be scanned must not hold up the others; it is tried again next round.
                    LOG.warnf(e, "Milestones of plan %s could not be scanned", plan.id());
                }
            }
            after = batch.get(batch.size() - 1);
        }
        overdueNow.set(QuarkusTransaction.requiringNew().call(this::overdueTotal));
        return told;
    }

    /** A plan due for a scan, and where it stands in the round's order. */
    private record Due(LocalDate checkOn, UUID id) {

        static final Due FIRST = new Due(LocalDate.EPOCH.minusDays(1), new UUID(0, 0));
    }

    /**
     * The next plans due on {@code today} after {@code after}, in the order of the partial index on the check date:
     * the plans a change marked first, then the oldest checks. Paging on the order rather than on what is still due, a
     * plan that fails its scan is passed over for the rest of the round instead of read again and again.
     */
    private List<Due> due(LocalDate today, Due after) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select milestone_check_on, id from plan
                where milestone_check_on <= :today and (milestone_check_on, id) > (:afterOn, :afterId)
                order by milestone_check_on, id limit :batch""", Object[].class)
                .unwrap(NativeQuery.class)
                .addScalar("milestone_check_on", LocalDate.class)
                .addScalar("id", UUID.class)
                .setParameter("today", today)
                .setParameter("afterOn", after.checkOn())
                .setParameter("afterId", after.id())
                .setParameter("batch", BATCH)
                .getResultList());
        return rows.stream().map(r -> new Due((LocalDate) r[0], (UUID) r[1])).toList();
    }

    /**
     * The plan is locked while it is scanned, so a change of it or of its meetings committed meanwhile marks it again
     * after this scan's check date is written, never before.
     */
    private int scan(UUID planId) {
        PlanDetails plan = plans.lockUnchecked(planId).orElseThrow();
        Instant leavesScan = plan.closedAt() == null ? null : plan.closedAt().plus(CLOSED_SCAN);
        if (plan.status() != PlanStatus.ACTIVE && (leavesScan == null || leavesScan.isBefore(clock.instant()))) {
            checked(planId, null, 0);
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        MilestoneCheck check = MilestoneCheck.on(PlanFacts.of(plan), meetings.ofPlan(planId), today, settings);
        int told = 0;
        for (MilestoneCheck.Telling t : check.tell()) {
            told += tell(plan, t.milestone(), t.eventType());
        }
        LocalDate next = check.nextOn();
        if (leavesScan != null) {
            // Read once more when it leaves the scan, which clears its overdue count from the sum.
            LocalDate lastDay = LocalDate.ofInstant(leavesScan, clock.getZone()).plusDays(1);
            next = next == null || lastDay.isBefore(next) ? lastDay : next;
        }
        checked(planId, next, check.overdue());
        return told;
    }

    private void checked(UUID planId, LocalDate next, int overdue) {
        em.createNativeQuery("update plan set milestone_check_on = :next, milestones_overdue = :overdue where id = :id")
                .unwrap(NativeQuery.class)
                .setParameter("next", next, LocalDate.class)
                .setParameter("overdue", overdue)
                .setParameter("id", planId)
                .executeUpdate();
    }

    private int overdueTotal() {
        Number total = (Number) em.createNativeQuery("""
                select coalesce(sum(milestones_overdue), 0) from plan
                where milestones_overdue > 0 and (status = 'ACTIVE' or closed_at >= :since)""")
                .setParameter("since", Timestamp.from(clock.instant().minus(CLOSED_SCAN)))
                .getSingleResult();
        return total.intValue();
    }

    /**
     * The check dates were reckoned with the product rules' lengths of the replica that stored them: when this
     * replica's differ, every plan the scan reads is checked again at once, and its lengths are stored.
     */
    private void takeSettings() {
        List<Object[]> stored = em.createNativeQuery("""
                select discharge_planning_weeks, intervention_decision_days from milestone_scan_settings for update""",
                Object[].class).getResultList();
        if (stored.size() == 1 && ((Number) stored.get(0)[0]).intValue() == settings.dischargePlanningWeeks()
                && ((Number) stored.get(0)[1]).intValue() == settings.interventionDecisionDays()) {
            return;
        }
        em.createNativeQuery("""
                update plan set milestone_check_on = :atOnce
                where status = 'ACTIVE' or closed_at >= :since""")
                .setParameter("atOnce", LocalDate.EPOCH)
                .setParameter("since", Timestamp.from(clock.instant().minus(CLOSED_SCAN)))
                .executeUpdate();
        em.createNativeQuery("""
                insert into milestone_scan_settings (discharge_planning_weeks, intervention_decision_days)
                values (:weeks, :days)
                on conflict (id) do update set discharge_planning_weeks = excluded.discharge_planning_weeks,
                                               intervention_decision_days = excluded.intervention_decision_days""")
                .setParameter("weeks", settings.dischargePlanningWeeks())
                .setParameter("days", settings.interventionDecisionDays())
                .executeUpdate();
    }

    private int tell(PlanDetails plan, Milestone m, String type) {
        int inserted = em.createNativeQuery("""
                insert into milestone_emission (plan_id, milestone_id, event_type, emitted_at)
                values (:plan, :milestone, :type, :at) on conflict do nothing""")
                .setParameter("plan", plan.id())
                .setParameter("milestone", m.id())
                .setParameter("type", type)
                .setParameter("at", Timestamp.from(clock.instant()))
                .executeUpdate();
        if (inserted == 0) {
            return 0;
        }
        outbox.publish(Topics.PLAN, plan.personRef(), type, plan.id().toString(), new MilestoneEventData(
                plan.personRef(), plan.id(), m.id(), m.kind().name(), m.dueFrom(), m.dueBy(), m.status().name(),
                m.meetingId(), plan.leadOrgId(), plan.partyOrgIds()));
        return 1;
    }
}
