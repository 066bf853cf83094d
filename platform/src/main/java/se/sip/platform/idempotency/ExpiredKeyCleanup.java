package se.sip.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Deletes expired Idempotency-Key records. Every replica runs it; deleting what has expired is idempotent. */
@ApplicationScoped
public class ExpiredKeyCleanup {

    private final IdempotencyStore store;

    ExpiredKeyCleanup(IdempotencyStore store) {
        this.store = store;
    }

    @Scheduled(identity = "idempotency-key-cleanup", every = "${sip.idempotency.cleanup-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteExpired() {
        store.deleteExpired();
    }
}
