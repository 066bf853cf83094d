package se.sip.notification.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import se.sip.notification.outbox.DueRows;
import se.sip.platform.events.CloudEvent;
import se.sip.platform.security.Caller;
import se.sip.platform.tracing.TraceContext;

/**
 * The webhook outbox: a delivery per event and matching subscription, written in the event's transaction, then
 * claimed, attempted and recorded by the {@link DeliveryWorker}.
 */
@ApplicationScoped
public class Deliveries {

    /**
     * What one attempt needs, read before the call so that no transaction stays open during it, and the claim
     * ({@code lease}) the delivery is held under meanwhile.
     */
    record Due(UUID id, UUID lease, String eventId, String payload, String callbackUrl, List<String> secrets,
            TraceContext trace, Caller recipient) {
    }

    /** Fired when an event's deliveries were written; observed once their transaction commits. */
    record Enqueued() {
    }

    private static final Logger LOG = Logger.getLogger(Deliveries.class);
    private static final String TABLE = "webhook_delivery";

    private final EntityManager em;
    private final WebhookConfig config;
    private final DeliveryMetrics metrics;
    private final SecretBox secrets;
    private final CircuitBreaker breaker;
    private final DeliveryDisclosures disclosures;
    private final Clock clock;
    private final Event<Enqueued> enqueued;

    Deliveries(EntityManager em, WebhookConfig config, DeliveryMetrics metrics, SecretBox secrets,
            CircuitBreaker breaker, DeliveryDisclosures disclosures, Clock clock, Event<Enqueued> enqueued) {
        this.em = em;
        this.config = config;
        this.metrics = metrics;
        this.secrets = secrets;
        this.breaker = breaker;
        this.disclosures = disclosures;
        this.clock = clock;
        this.enqueued = enqueued;
    }

    /**
     * A delivery to each subscription of these organisations that wants this event type; once per event. It keeps the
     * trace current here (the event's handling) for its attempts, and wakes the {@link DeliveryWorker} once it commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(CloudEvent event, String payload, Set<String> orgIds) {
        List<WebhookSubscription> subscriptions = WebhookSubscription.list("orgId in ?1", orgIds);
        Instant now = clock.instant();
        TraceContext trace = TraceContext.current();
        boolean wanted = false;
        for (WebhookSubscription s : subscriptions) {
            if (s.eventTypeList().contains(event.type())) {
                em.createNativeQuery("""
                        insert into webhook_delivery (id, subscription_id, event_id, event_type, person_ref, payload,
                            status, attempt_count, next_attempt_at, resent, created_at, traceparent, tracestate)
                        values (:id, :subscription, :event, :type, :personRef, :payload, 'PENDING', 0, :now, false,
                            :now, :traceparent, :tracestate)
                        on conflict (subscription_id, event_id) do nothing""")
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("subscription", s.id)
                        .setParameter("event", event.id())
                        .setParameter("type", event.type())
                        .setParameter("personRef", event.personref())
                        .setParameter("payload", payload)
                        .setParameter("now", now)
                        .setParameter("traceparent", trace.traceparent())
                        .setParameter("tracestate", trace.tracestate())
                        .executeUpdate();
                wanted = true;
            }
        }
        if (wanted) {
            enqueued.fire(new Enqueued());
        }
    }

    /**
     * Claims up to {@code max} due deliveries and leases them ({@link DueRows}): of each subscription at most as many
     * as {@code concurrency-per-subscription} less those already in flight (a lease held, on any replica), none of a
     * subscription whose breaker is open and, once its cool-down is over, a single trial; oldest first. The claims of
     * all replicas take turns (a transaction-scoped advisory lock) so that the counts in flight they read are exact;
     * rows a worker is recording are skipped. A worker that dies leaves its lease to run out and the delivery is
     * attempted again: at least once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    List<Due> claim(int max) {
        Instant now = clock.instant();
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(current_schema()"
                + " || '.webhook-delivery-claim'))) locked").getSingleResult();
        List<UUID> due = em.createNativeQuery("""
                select d.id from webhook_subscription s
                left join (select subscription_id, count(*) as n from webhook_delivery
                           where lease_token is not null and status = 'PENDING' and next_attempt_at > :now
                           group by subscription_id) flying on flying.subscription_id = s.id
                cross join lateral (
                    select w.id, w.next_attempt_at from webhook_delivery w
                    where w.subscription_id = s.id and w.status = 'PENDING' and w.next_attempt_at <= :now
                    order by w.next_attempt_at
                    limit greatest(0, (case when s.consecutive_failures >= :failures then 1 else :concurrency end)
                        - coalesce(flying.n, 0))) d
                where s.circuit_open_until is null or s.circuit_open_until <= :now
                order by d.next_attempt_at
                limit :max""", UUID.class)
                .setParameter("now", now)
                .setParameter("failures", config.breaker().failures())
                .setParameter("concurrency", config.concurrencyPerSubscription())
                .setParameter("max", max)
                .getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        // Under the lock, the rows still due; a row being recorded (its attempt just ended) is left for later.
        List<UUID> ids = em.createNativeQuery("select id from webhook_delivery where id in (:ids)"
                + " and status = 'PENDING' and next_attempt_at <= :now for update skip locked", UUID.class)
                .setParameter("ids", due)
                .setParameter("now", now)
                .getResultList();
        Instant lease = now.plus(config.lease());
        List<Due> claimed = new ArrayList<>();
        for (WebhookDelivery d : WebhookDelivery.<WebhookDelivery>list("id in ?1", ids)) {
            d.nextAttemptAt = lease;
            d.leaseToken = UUID.randomUUID();
            WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
            try {
                claimed.add(new Due(d.id, d.leaseToken, d.eventId, d.payload, s.callbackUrl, signingSecrets(s, now),
                        new TraceContext(d.traceparent, d.tracestate), DeliveryDisclosures.recipient(s)));
            } catch (IllegalStateException unreadable) {
                // Its secret does not open (another key): this delivery waits out its lease, the others go on.
                LOG.errorf("Webhook delivery %s not attempted: %s", d.id, unreadable.getMessage());
            }
        }
        return claimed;
    }

    /**
     * The subscription's secrets to sign with. One stored in plaintext (written by a replica of an earlier version
     * during a rolling update, after this one's start-up converted the rest) is encrypted now, unless it changed
     * meanwhile.
     */
    private List<String> signingSecrets(WebhookSubscription s, Instant now) {
        if (!SecretBox.sealed(s.sealedSecret) || s.sealedPreviousSecret != null
                && !SecretBox.sealed(s.sealedPreviousSecret)) {
            PlaintextSecrets.seal(em, secrets, s.id, s.sealedSecret, s.sealedPreviousSecret);
        }
        return s.signingSecrets(now, secrets);
    }

    /** Extends the leases of the deliveries whose attempts are under way. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void renew(Set<UUID> leases) {
        DueRows.renew(em, TABLE, leases, clock.instant().plus(config.lease()));
    }

    /** Whether the delivery is still held under this claim (its lease extended if so): asked right before sending. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean stillHeld(Due due) {
        return DueRows.stillHeld(em, TABLE, due.id(), due.lease(), clock.instant().plus(config.lease()));
    }

    /**
     * Records an attempt made under this claim; a failure is retried after the next wait of the schedule, or parked
     * after the last. The subscription's breaker counts it: a 2xx closes it, the failures in a row open it. An
     * attempt whose claim was taken over (its lease ran out) is not recorded: the other claim's attempt is.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void record(Due due, Instant attemptedAt, DeliveryOutcome outcome) {
        WebhookDelivery d = WebhookDelivery.findById(due.id(), LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            // Unsubscribed while the attempt ran.
            return;
        }
        if (!due.lease().equals(d.leaseToken)) {
            LOG.warnf("Webhook delivery %s was taken over while its attempt ran; that attempt is not recorded", d.id);
            return;
        }
        d.leaseToken = null;
        d.attemptCount++;
        d.attempts.add(new DeliveryAttempt(d.attemptCount, attemptedAt, outcome.statusCode(), outcome.error(),
                outcome.durationMs()));
        breaker.record(d.subscriptionId, outcome.delivered());
        if (outcome.delivered()) {
            d.status = DeliveryStatus.DELIVERED;
            d.deliveredAt = clock.instant();
            d.nextAttemptAt = null;
            metrics.delivered();
            disclosures.delivered(d, due.recipient());
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
