package se.sip.platform.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long Idempotency-Key records live. */
@ConfigMapping(prefix = "sip.idempotency")
public interface IdempotencyConfig {

    /** How long a stored response is replayed, counted from when it was stored. docs/contract.md promises at least 24 h. */
    @WithDefault("PT24H")
    Duration retention();

    /**
     * How long a claim lives without being renewed before another request with that key may take it over: the claim
     * of an instance that died mid-request must not block the key for the whole retention. A live instance renews its
     * claims every {@link #renewInterval()}, so only a dead one's claim lapses, however long the request runs.
     */
    @WithDefault("PT60S")
    Duration claimTimeout();

    /** How often an instance renews the claims of its requests still running; well below the claim timeout. */
    @WithDefault("PT15S")
    Duration renewInterval();

    /**
     * How long a request may run before its claim is no longer renewed: a request stuck that long is taken for lost,
     * and a retry may run after the claim timeout rather than being told 409 forever.
     */
    @WithDefault("PT10M")
    Duration maxRun();

    /** How often expired records are deleted. */
    @WithDefault("PT1H")
    Duration cleanupInterval();
}
