package se.sip.platform.ratelimit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Requests per {@link #period()} (a second), per caller ({@code sub} of an organisation) and per organisation, by
 * route class; each bucket holds twice its rate as burst. The defaults are far above what a person at a keyboard sends and far below what a
 * runaway script does. The limits are each replica's own: with N replicas behind a balancer a caller gets up to N
 * times them.
 */
@ConfigMapping(prefix = "sip.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** The period each limit counts requests in; its bucket refills over it. */
    @WithDefault("PT1S")
    Duration period();

    @WithDefault("200")
    int readsPerCaller();

    @WithDefault("1000")
    int readsPerOrganisation();

    @WithDefault("50")
    int writesPerCaller();

    @WithDefault("250")
    int writesPerOrganisation();

    /** Reads and searches by personal identity number: what an enumeration of people would need. */
    @WithDefault("20")
    int searchesPerCaller();

    @WithDefault("100")
    int searchesPerOrganisation();
}
