package se.sip.platform.idempotency;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

import se.sip.platform.idempotency.IdempotencyStore.Claim;

/**
 * The claim an HTTP request holds, renewed only while the request lives: when it ends, however it ended, the claim is
 * no longer renewed, so a request whose response could not be stored leaves a claim that lapses, not one that blocks
 * its key for the maximum run time.
 */
@RequestScoped
class RequestClaim {

    private final IdempotencyStore store;
    private Claim claim;

    RequestClaim(IdempotencyStore store) {
        this.store = store;
    }

    void hold(Claim claim) {
        this.claim = claim;
    }

    @PreDestroy
    void requestEnded() {
        if (claim != null) {
            store.forget(claim);
        }
    }
}
