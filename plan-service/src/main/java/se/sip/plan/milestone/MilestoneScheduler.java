package se.sip.plan.milestone;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import se.sip.plan.meeting.MeetingProjection;
import se.sip.plan.plan.PlanDetails;
import se.sip.plan.plan.PlanService;
import se.sip.plan.plan.PlanStatus;
import se.sip.platform.events.EventTypes;
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
 * the closure's own rule. Each scan also sets {@code sip_milestones_overdue}, the number of milestones it found
 * overdue.
 */
@ApplicationScoped
public class MilestoneScheduler {

    private static final Logger LOG = Logger.getLogger(MilestoneScheduler.class);
    /** Closed plans are scanned as long as their closure rule can still come due or be missed. */
    private static final Duration CLOSED_SCAN = Duration.ofDays(30);

    private final EntityManager em;
    private final PlanService plans;
    private final MeetingProjection meetings;
    private final Outbox outbox;
    private final Clock clock;
    private final SchedulerShutdown shutdown;
    private final MilestoneSettings settings;
    private final AtomicInteger overdueNow = new AtomicInteger();

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
     * Scans every plan that may have something to tell, each in its own transaction, and counts what is overdue;
     * returns the events told.
     */
    public int tick() {
        int told = 0;
        int overdue = 0;
        for (UUID planId : plansToScan()) {
            if (shutdown.begun()) {
                // The rest waits for the next round, of this replica's successor or of another one.
                return told;
            }
            try {
                Scanned scanned = QuarkusTransaction.requiringNew().call(() -> scan(planId));
                told += scanned.told();
                overdue += scanned.overdue();
            } catch (RuntimeException e) {
                // One plan that cannot be scanned must not hold up the others; it is tried again next round.
                LOG.warnf(e, "Milestones of plan %s could not be scanned", planId);
            }
        }
        overdueNow.set(overdue);
        return told;
    }

    /** What one plan's scan did: events told, and milestones it found overdue. */
    private record Scanned(int told, int overdue) {
    }

    private List<UUID> plansToScan() {
        return QuarkusTransaction.requiringNew()
                .call(() -> plans.idsActiveOrClosedSince(clock.instant().minus(CLOSED_SCAN)));
    }

    private Scanned scan(UUID planId) {
        PlanDetails plan = plans.readUnchecked(planId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        int told = 0;
        int overdue = 0;
        for (Milestone m : MilestoneRules.of(PlanFacts.of(plan), meetings.ofPlan(planId), today, settings)) {
            if (plan.status() != PlanStatus.ACTIVE && m.kind() != MilestoneKind.CLOSURE_DOCUMENTATION) {
                continue;
            }
            if (m.status() == MilestoneStatus.DUE && !today.isBefore(MilestoneRules.toldFrom(m))) {
                told += tell(plan, m, EventTypes.FOLLOW_UP_DUE);
            } else if (m.status() == MilestoneStatus.OVERDUE) {
                told += tell(plan, m, EventTypes.MILESTONE_OVERDUE);
                overdue++;
            }
        }
        return new Scanned(told, overdue);
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
