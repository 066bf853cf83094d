package se.sip.notification.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import se.sip.notification.webhook.Deliveries.Due;

/**
 * Sends due webhook deliveries with a small pool of workers. A poll claims only as many deliveries as workers are
 * free, so a slow or dead receiver holds one worker per due delivery for at most the timeout and never the others'
 * deliveries. Order per subscription is not kept: a retried delivery may arrive after a later event's.
 */
@ApplicationScoped
class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final Deliveries deliveries;
    private final WebhookSender sender;
    private final WebhookConfig config;
    private final Clock clock;
    private final Semaphore free;
    private ScheduledExecutorService poller;
    private ExecutorService workers;

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
        poller = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "webhook-poller"));
        long every = config.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        poller.shutdownNow();
        workers.shutdownNow();
    }

    void poll() {
        try {
            int slots = free.availablePermits();
            if (slots == 0) {
                return;
            }
            for (Due due : deliveries.claim(slots)) {
                free.acquireUninterruptibly();
                workers.execute(() -> {
                    try {
                        attempt(due);
                    } finally {
                        free.release();
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook poll failed; due deliveries wait for the next: %s", e.getMessage());
        }
    }

    private void attempt(Due due) {
        Instant at = clock.instant();
        try {
            deliveries.record(due.id(), at, sender.send(due));
        } catch (RuntimeException e) {
            // The lease runs out and the delivery is attempted again.
            LOG.warnf("Could not record webhook delivery %s: %s", due.id(), e.getMessage());
        }
    }
}
