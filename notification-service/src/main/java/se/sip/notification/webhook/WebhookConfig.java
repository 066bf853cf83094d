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

    /** For connecting and for the answer each: a slow receiver holds one worker at most about twice this. */
    @WithDefault("PT15S")
    Duration timeout();

    /** Deliveries sent at once; one slow or dead receiver holds at most one of them per due delivery. */
    @WithDefault("4")
    int workers();

    @WithDefault("PT1S")
    Duration pollInterval();

    /** How long the previous secret still signs after a rotation. */
    @WithDefault("PT24H")
    Duration rotationOverlap();
}
