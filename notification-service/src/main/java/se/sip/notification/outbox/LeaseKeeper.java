package se.sip.notification.outbox;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

/**
 * Keeps the leases of the rows a worker has claimed and not yet settled alive (see {@link DueRows}): every third of
 * the lease one call renews them all, on a thread of its own, so a send that takes longer than the lease (a slow
 * receiver, meeting-service or SMTP server) is not claimed and sent again by another worker meanwhile. Should the
 * renewal fail (the database away), the leases run out and the rows are claimed again: at least once.
 */
public final class LeaseKeeper implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class);

    private final Set<UUID> held = ConcurrentHashMap.newKeySet();
    private final Consumer<Set<UUID>> renew;
    private final ScheduledExecutorService renewer;

    /** {@code renew} extends the leases of the tokens it is given, in a transaction of its own. */
    public LeaseKeeper(String name, Duration lease, Consumer<Set<UUID>> renew) {
        this.renew = renew;
        this.renewer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name + "-lease-keeper");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, lease.toMillis() / 3);
        renewer.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
    }

    /** A claim to keep alive until {@link #release}. */
    public void hold(UUID token) {
        held.add(token);
    }

    public void release(UUID token) {
        held.remove(token);
    }

    private void renewAll() {
        if (held.isEmpty()) {
            return;
        }
        try {
            renew.accept(Set.copyOf(held));
        } catch (RuntimeException e) {
            LOG.warnf("Could not renew %d outbox leases; they run out unless the next renewal succeeds: %s",
                    held.size(), e.getMessage());
        }
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }
}
