package se.sip.platform.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Publishes outbox rows to Kafka in {@code seq} order and marks them sent. One relay at a time per service: a round
 * runs only while it holds a transaction-scoped advisory lock, so replicas never publish the same rows and one
 * person's events are never reordered. A round that fails (broker away) rolls back and its rows wait for the next.
 * A crash after the broker's acknowledgement but before the commit sends those rows again: consumers dedupe on the
 * CloudEvent id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

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

    /** One round: returns how many events it published. */
    @Transactional
    public int relayOnce() {
        boolean leader = (Boolean) em.createNativeQuery(
                "select pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox-relay'))").getSingleResult();
        if (!leader) {
            return 0;
        }
        List<OutboxEvent> batch = em.createQuery(
                "from OutboxEvent where sentAt is null order by seq", OutboxEvent.class)
                .setMaxResults(config.batchSize()).getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        batch.forEach(event -> acks.add(producer.send(event)));
        producer.flush();
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (Future<RecordMetadata> ack : acks) {
            awaitAck(ack, deadline);
        }
        var now = clock.instant();
        batch.forEach(event -> event.sentAt = now);
        return batch.size();
    }

    private static void awaitAck(Future<RecordMetadata> ack, long deadline) {
        try {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused an event: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }
}
