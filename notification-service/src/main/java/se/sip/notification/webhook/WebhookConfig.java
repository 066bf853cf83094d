package se.sip.notification.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "sip.webhooks")
interface WebhookConfig {

    /**
     * Hosts a callback URL may name although they are not public https endpoints (http, loopback, private
     * addresses): for local runs and tests only. Empty in production.
     */
    Optional<Set<String>> allowedHosts();

    /**
     * The waits between attempts after the first, which is immediate (Standard Webhooks' schedule: 10 attempts over
     * about 3 days). After the last a delivery is parked FAILED.
     */
    @WithDefault("PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT14H,PT20H,PT24H")
    List<Duration> retryDelays();

    /** Each wait is lengthened by a random part of up to this fraction, so failed receivers are not hit in step. */
    @WithDefault("0.2")
    double jitter();

    /** An attempt that cannot connect within this fails (a timeout), and is retried as any other failure. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /**
     * The time an attempt waits for its answer (status, headers and body) besides the connect timeout: one whose
     * answer has not come within the two together fails (a timeout) and is retried as any other failure. A slow or
     * hanging receiver holds a worker at most that long.
     */
    @WithDefault("PT10S")
    Duration readTimeout();

    /** Deliveries sent at once by a replica. */
    @WithDefault("4")
    int workers();

    /**
     * Deliveries of one subscription in flight at once, on every replica together: a slow or hanging receiver holds
     * at most this many workers, and the others' deliveries go on meanwhile.
     */
    @WithDefault("2")
    int concurrencyPerSubscription();

    /**
     * How long a claimed delivery is held by its worker, renewed every third of it while the attempt runs: a worker
     * that dies leaves its deliveries to be claimed again this long after its last renewal.
     */
    @WithDefault("PT30S")
    Duration lease();

    /** The circuit breaker of each subscription. */
    Breaker breaker();

    @WithDefault("PT1S")
    Duration pollInterval();

    /** How long the previous secret still signs after a rotation. */
    @WithDefault("PT24H")
    Duration rotationOverlap();

    interface Breaker {

        /** Attempts failed in a row (since the subscription's last 2xx) that open the breaker. */
        @WithDefault("5")
        int failures();

        /**
         * While open, none of the subscription's deliveries is attempted (they stay PENDING, their attempts not
         * counted); after this, one trial: a 2xx closes the breaker, a failure opens it again for as long.
         */
        @WithDefault("PT60S")
        Duration coolDown();
    }
}
