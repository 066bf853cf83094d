package se.sip.notification.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.sip.notification.outbox.DueRows;
import se.sip.platform.events.CloudEvent;
import se.sip.platform.tracing.TraceContext;

/**
 * The webhook outbox: a delivery per event and matching subscription, written in the event's transaction, then
 * claimed, attempted and recorded by the {@link DeliveryWorker}.
 */
@ApplicationScoped
public class Deliveries {

    /** What one attempt needs, read before the call so that no transaction stays open during it. */
    record Due(UUID id, String eventId, String payload, String callbackUrl, List<String> secrets,
            TraceContext trace) {
    }

    /** How an attempt ended: a status code, or an error (timeout, connection, refused address), and any Retry-After. */
    record Outcome(Integer statusCode, String error, Duration retryAfter, long durationMs) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        /** 410 Gone: the receiver says the endpoint is no more, so retrying is pointless. */
        boolean gone() {
            return statusCode != null && statusCode == 410;
        }
    }

    private final EntityManager em;
    private final WebhookConfig config;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    Deliveries(EntityManager em, WebhookConfig config, DeliveryMetrics metrics, Clock clock) {
        this.em = em;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * A delivery to each subscription of these organisations that wants this event type; once per event. It keeps the
     * trace current here (the event's handling) for its attempts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(CloudEvent event, String payload, Set<String> orgIds) {
        List<WebhookSubscription> subscriptions = WebhookSubscription.list("orgId in ?1", orgIds);
        Instant now = clock.instant();
        TraceContext trace = TraceContext.current();
        for (WebhookSubscription s : subscriptions) {
            if (s.eventTypeList().contains(event.type())) {
                em.createNativeQuery("""
                        insert into webhook_delivery (id, subscription_id, event_id, event_type, payload, status,
                            attempt_count, next_attempt_at, resent, created_at, traceparent, tracestate)
                        values (:id, :subscription, :event, :type, :payload, 'PENDING', 0, :now, false, :now,
                            :traceparent, :tracestate)
                        on conflict (subscription_id, event_id) do nothing""")
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("subscription", s.id)
                        .setParameter("event", event.id())
                        .setParameter("type", event.type())
                        .setParameter("payload", payload)
                        .setParameter("now", now)
                        .setParameter("traceparent", trace.traceparent())
                        .setParameter("tracestate", trace.tracestate())
                        .executeUpdate();
            }
        }
    }

    /**
     * Claims up to {@code max} due deliveries: rows other workers (of this or another replica) hold are skipped, and
     * each claimed one is leased past the longest an attempt can take, so no one else takes it meanwhile. A worker
     * that dies leaves its lease to run out and the delivery is attempted again: at least once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Due> claim(int max) {
        Instant now = clock.instant();
        List<UUID> ids = DueRows.lock(em, "webhook_delivery", now, max);
        if (ids.isEmpty()) {
            return List.of();
        }
        Instant lease = now.plus(config.timeout().multipliedBy(3));
        List<WebhookDelivery> claimed = WebhookDelivery.list("id in ?1", ids);
        return claimed.stream().map(d -> {
            d.nextAttemptAt = lease;
            WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
            return new Due(d.id, d.eventId, d.payload, s.callbackUrl, s.signingSecrets(now),
                    new TraceContext(d.traceparent, d.tracestate));
        }).toList();
    }

    /** Records an attempt; a failure is retried after the next wait of the schedule, or parked after the last. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void record(UUID id, Instant attemptedAt, Outcome outcome) {
        WebhookDelivery d = WebhookDelivery.findById(id);
        if (d == null) {
            // Unsubscribed while the attempt ran.
            return;
        }
        d.attemptCount++;
        d.attempts.add(new DeliveryAttempt(d.attemptCount, attemptedAt, outcome.statusCode(), outcome.error(),
                outcome.durationMs()));
        if (outcome.delivered()) {
            d.status = DeliveryStatus.DELIVERED;
            d.deliveredAt = clock.instant();
            d.nextAttemptAt = null;
            metrics.delivered();
            return;
        }
        Optional<Duration> wait = d.resent || outcome.gone() ? Optional.empty() : waitAfter(d.attemptCount);
        if (wait.isEmpty()) {
            d.status = DeliveryStatus.FAILED;
            d.nextAttemptAt = null;
            metrics.parked();
            return;
        }
        metrics.failedRetry();
        Duration next = wait.get();
        if (outcome.retryAfter() != null && outcome.retryAfter().compareTo(next) > 0) {
            next = outcome.retryAfter();
        }
        d.nextAttemptAt = clock.instant().plus(next);
    }

    /** The wait after the n-th failed attempt, with jitter; empty after the last. */
    Optional<Duration> waitAfter(int attempt) {
        List<Duration> delays = config.retryDelays();
        if (attempt > delays.size()) {
            return Optional.empty();
        }
        Duration base = delays.get(attempt - 1);
        long jitter = (long) (base.toMillis() * config.jitter() * ThreadLocalRandom.current().nextDouble());
        return Optional.of(base.plusMillis(jitter));
    }
}
