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
     * How long a request may hold its key before another request with that key may take it over: the claim of an
     * instance that died mid-request must not block the key for the whole retention.
     */
    @WithDefault("PT60S")
    Duration claimTimeout();

    /** How often expired records are deleted. */
    @WithDefault("PT1H")
    Duration cleanupInterval();
}
