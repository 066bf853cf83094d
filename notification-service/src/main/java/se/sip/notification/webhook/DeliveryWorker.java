package se.sip.notification.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import se.sip.notification.outbox.LeaseKeeper;
import se.sip.notification.webhook.Deliveries.Due;
import se.sip.notification.webhook.Deliveries.Enqueued;

/**
 * Sends due webhook deliveries with a small pool of workers. A poll claims only as many deliveries as workers are
 * free, and of one subscription only as many as may be in flight at once ({@link Deliveries#claim}), so a slow or
 * hanging receiver holds a few workers for at most the timeouts and the other subscriptions' deliveries go on. The
 * leases of the deliveries under way are renewed while they run, and each is sent only if its claim still holds it,
 * so a send that outlives its lease is never made a second time by another worker. Order per subscription is not
 * kept: a retried delivery may arrive after a later event's.
 * <p>
 * A poll runs at once when deliveries were enqueued here and whenever an attempt ends, so a subscription's deliveries
 * follow each other as fast as its receiver answers; the poll interval is the fallback that finds retries coming due
 * and what other replicas enqueued.
 */
@ApplicationScoped
class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final Deliveries deliveries;
    private final WebhookSender sender;
    private final WebhookConfig config;
    private final Clock clock;
    private final Semaphore free;
    private final AtomicBoolean pollAsked = new AtomicBoolean();
    private volatile ScheduledExecutorService poller;
    private ExecutorService workers;
    private LeaseKeeper leases;

    DeliveryWorker(Deliveries deliveries, WebhookSender sender, WebhookConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.config = config;
        this.clock = clock;
        this.free = new Semaphore(config.workers());
    }

    void start(@Observes StartupEvent started) {
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newFixedThreadPool(config.workers(),
                task -> new Thread(task, "webhook-worker-" + count.incrementAndGet()));
        leases = new LeaseKeeper("webhook", config.lease(), deliveries::renew);
        poller = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "webhook-poller"));
        long every = config.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        poller.shutdownNow();
        workers.shutdownNow();
        leases.close();
    }

    void enqueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Enqueued enqueued) {
        pollSoon();
    }

    /** One poll on the poller's thread, however many ask for it before it runs. */
    private void pollSoon() {
        if (poller != null && pollAsked.compareAndSet(false, true)) {
            try {
                poller.execute(this::poll);
            } catch (RejectedExecutionException stopping) {
                pollAsked.set(false);
            }
        }
    }

    void poll() {
        pollAsked.set(false);
        try {
            int slots = free.availablePermits();
            if (slots == 0) {
                return;
            }
            for (Due due : deliveries.claim(slots)) {
                leases.hold(due.lease());
                free.acquireUninterruptibly();
                workers.execute(() -> {
                    try {
                        attempt(due);
                    } finally {
                        leases.release(due.lease());
                        free.release();
                        pollSoon();
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook poll failed; due deliveries wait for the next: %s", e.getMessage());
        }
    }

    private void attempt(Due due) {
        try {
            if (!deliveries.stillHeld(due)) {
                LOG.warnf("Webhook delivery %s was taken over before its attempt; not sent", due.id());
                return;
            }
            Instant at = clock.instant();
            deliveries.record(due, at, sender.send(due));
        } catch (RuntimeException e) {
            // The lease runs out and the delivery is attempted again.
            LOG.warnf("Could not record webhook delivery %s: %s", due.id(), e.getMessage());
        }
    }
}
