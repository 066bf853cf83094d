package se.sip.platform.ratelimit;

import java.time.Duration;
import java.util.Optional;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;

import se.sip.platform.problem.ProblemMappers;
import se.sip.platform.problem.ProblemType;
import se.sip.platform.security.Caller;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.ServiceTokens;

/**
 * Limits each caller and each organisation per route class (Bucket4j token buckets, {@link RateLimitConfig}); a
 * request over either limit is refused with 429, a {@code Retry-After} in seconds and a problem, before anything is
 * read or written. Anonymous requests are not counted (they are refused anyway), nor our own services' calls, which
 * act for every caller. Idle buckets are forgotten after ten minutes.
 */
public class RateLimitFilter {

    private static final Duration IDLE = Duration.ofMinutes(10);

    private final RateLimitConfig config;
    private final SecurityIdentity identity;
    private final CurrentCaller caller;
    private final ServiceTokens serviceTokens;
    private final MeterRegistry registry;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(IDLE)
            .maximumSize(100_000).build();

    RateLimitFilter(RateLimitConfig config, SecurityIdentity identity, CurrentCaller caller,
            ServiceTokens serviceTokens, MeterRegistry registry) {
        this.config = config;
        this.identity = identity;
        this.caller = caller;
        this.serviceTokens = serviceTokens;
        this.registry = registry;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION - 100)
    public Optional<Response> limit(ContainerRequestContext request) {
        if (!config.enabled() || identity.isAnonymous()) {
            return Optional.empty();
        }
        Caller who = caller.get();
        if (serviceTokens.isOwnService(who)) {
            return Optional.empty();
        }
        RouteClass routes = RouteClass.of(request);
        ConsumptionProbe mine = bucket(routes + "|caller|" + who.scope() + "|" + who.subject(),
                routes.perCaller(config)).tryConsumeAndReturnRemaining(1);
        if (!mine.isConsumed()) {
            return Optional.of(refused(routes, "caller", mine));
        }
        ConsumptionProbe ours = bucket(routes + "|org|" + who.scope(), routes.perOrganisation(config))
                .tryConsumeAndReturnRemaining(1);
        return ours.isConsumed() ? Optional.empty() : Optional.of(refused(routes, "organisation", ours));
    }

    private Bucket bucket(String key, int perPeriod) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(2L * perPeriod).refillGreedy(perPeriod, config.period()))
                .build());
    }

    private Response refused(RouteClass routes, String scope, ConsumptionProbe probe) {
        Counter.builder("sip.rate.limited").tag("route_class", routes.name().toLowerCase())
                .tag("scope", scope).description("Requests refused with 429").register(registry).increment();
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        Response problem = ProblemMappers.respond(ProblemType.TOO_MANY_REQUESTS.problem("Too many requests of this"
                + " kind from your " + scope + ": retry after " + seconds + " s."));
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, seconds).build();
    }
}
