package se.sip.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the Idempotency-Key table: renews this instance's claims while their requests run, and deletes expired
 * records. Every replica runs both; deleting what has expired is idempotent.
 */
@ApplicationScoped
public class IdempotencyKeyUpkeep {

    private final IdempotencyStore store;

    IdempotencyKeyUpkeep(IdempotencyStore store) {
        this.store = store;
    }

    @Scheduled(identity = "idempotency-claim-renewal", every = "${sip.idempotency.renew-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renewHeldClaims() {
        store.renewHeld();
    }

    @Scheduled(identity = "idempotency-key-cleanup", every = "${sip.idempotency.cleanup-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteExpired() {
        store.deleteExpired();
    }
}
