package se.sip.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Publishes outbox rows to Kafka in {@code seq} order and marks them sent. One relay at a time per service: a round
 * runs only while it holds a transaction-scoped advisory lock, so replicas never publish the same rows and one
 * person's events are never reordered. A round that fails (broker away) rolls back and its rows wait for the next.
 * A crash after the broker's acknowledgement but before the commit sends those rows again: consumers dedupe on the
 * CloudEvent id.
 * <p>
 * An event the broker refuses for good (too large, invalid) would block every later event if retried: it is held
 * instead ({@code held_at}, {@code sip_outbox_held_events}), and only its person's later events wait behind it, so
 * that person's order stays the promise while everyone else's events go on.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int REASON_LENGTH = 500;

    private final EntityManager em;
    private final OutboxProducer producer;
    private final OutboxConfig config;
    private final Clock clock;

    OutboxRelay(EntityManager em, OutboxProducer producer, OutboxConfig config, Clock clock) {
        this.em = em;
        this.producer = producer;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${sip.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            while (relayOnce() == config.batchSize()) {
                // A full batch: more are waiting.
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay round failed; its events wait for the next round: %s", e.getMessage());
        }
    }

    /** One round: returns how many events it took up (sent, held, or held back behind a held one). */
    @Transactional
    public int relayOnce() {
        boolean leader = (Boolean) em.createNativeQuery(
                "select pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox-relay'))").getSingleResult();
        if (!leader) {
            return 0;
        }
        List<OutboxEvent> batch = em.createQuery("from OutboxEvent e where e.sentAt is null and e.heldAt is null"
                + " and not exists (from OutboxEvent h where h.heldAt is not null and h.eventKey = e.eventKey)"
                + " order by e.seq", OutboxEvent.class)
                .setMaxResults(config.batchSize()).getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Set<String> heldKeys = new HashSet<>();
        Map<OutboxEvent, Future<RecordMetadata>> acks = new LinkedHashMap<>();
        for (OutboxEvent event : batch) {
            if (heldKeys.contains(event.eventKey)) {
                continue;
            }
            Future<RecordMetadata> ack = producer.send(event);
            // The producer refuses a record larger than it may send at once, before anything goes to the broker.
            Throwable refused = ack.isDone() ? refusedForGood(ack) : null;
            if (refused != null) {
                hold(event, refused, now);
                heldKeys.add(event.eventKey);
            } else {
                acks.put(event, ack);
            }
        }
        producer.flush();
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        acks.forEach((event, ack) -> {
            Throwable refused = awaitAck(ack, deadline);
            if (refused == null) {
                event.sentAt = now;
            } else {
                hold(event, refused, now);
            }
        });
        return batch.size();
    }

    private void hold(OutboxEvent event, Throwable refused, Instant now) {
        String reason = refused.getClass().getSimpleName() + ": " + refused.getMessage();
        event.heldAt = now;
        event.heldReason = reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason;
        LOG.errorf("Outbox event %s (%s, outbox seq %d) is held: the broker refuses it for good (%s). Its person's"
                + " later events wait behind it until it is released or removed.", event.eventId, event.type,
                event.seq, event.heldReason);
    }

    /** Null once acknowledged; the refusal when the broker refuses the record for good; otherwise the round fails. */
    private static Throwable awaitAck(Future<RecordMetadata> ack, long deadline) {
        try {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            if (permanent(e.getCause())) {
                return e.getCause();
            }
            throw new IllegalStateException("Kafka refused an event: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    /** The refusal of a completed send when it is for good; null when it succeeded or may succeed later. */
    private static Throwable refusedForGood(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return null;
        } catch (ExecutionException e) {
            return permanent(e.getCause()) ? e.getCause() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading a send's outcome", e);
        }
    }

    private static boolean permanent(Throwable cause) {
        return cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                || cause instanceof InvalidRecordException;
    }
}
