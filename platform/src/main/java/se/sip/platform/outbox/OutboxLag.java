package se.sip.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * How far the relay is behind, as Prometheus gauges: {@code sip_outbox_unsent_events} (rows not yet sent),
 * {@code sip_outbox_lag_seconds} (age of the oldest of them; 0 when none) and {@code sip_outbox_held_events} (rows the
 * broker refused for good, which an operator must release or remove; their persons' later events wait behind them).
 * Sampled from the table on a schedule, not on each scrape, so that a scrape never waits for the database.
 */
@Startup
@ApplicationScoped
public class OutboxLag {

    private static final Logger LOG = Logger.getLogger(OutboxLag.class);

    private final EntityManager em;
    private final Clock clock;
    private volatile long unsent;
    private volatile double lagSeconds;
    private volatile long held;

    OutboxLag(EntityManager em, Clock clock, MeterRegistry registry) {
        this.em = em;
        this.clock = clock;
        Gauge.builder("sip.outbox.unsent", this, lag -> lag.unsent).baseUnit("events")
                .description("Outbox events not yet sent to Kafka").register(registry);
        Gauge.builder("sip.outbox.lag", this, lag -> lag.lagSeconds).baseUnit("seconds")
                .description("Age of the oldest outbox event not yet sent to Kafka (0 when none)").register(registry);
        Gauge.builder("sip.outbox.held", this, lag -> lag.held).baseUnit("events")
                .description("Outbox events the broker refused for good, held for an operator").register(registry);
    }

    @Scheduled(every = "${sip.outbox.lag-sample-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            sample();
        } catch (RuntimeException e) {
            // The database is away (or the service is stopping): the gauges keep their last values.
            LOG.warnf("Outbox lag could not be sampled: %s", e.getMessage());
        }
    }

    /** Reads the unsent rows now and sets the gauges. */
    @Transactional
    public void sample() {
        Object[] row = em.createQuery("select count(e), min(e.createdAt), count(e.heldAt) from OutboxEvent e"
                + " where e.sentAt is null", Object[].class).getSingleResult();
        Instant oldest = (Instant) row[1];
        unsent = (Long) row[0];
        held = (Long) row[2];
        lagSeconds = oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }
}
