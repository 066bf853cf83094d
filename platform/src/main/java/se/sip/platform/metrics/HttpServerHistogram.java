package se.sip.platform.metrics;

import java.time.Duration;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Histogram buckets for the request timer ({@code http.server.requests}), so that Prometheus can tell the slowest
 * requests from the mean: alert SipHttpSlow and the dashboard take p50 and p99 with {@code histogram_quantile}.
 * Eleven fixed bounds (and +Inf), not Micrometer's percentile histogram: that one exports about seventy per method,
 * uri, status and outcome, and Prometheus would keep them all for every replica. The bounds are close where it
 * matters: tens of milliseconds under load, 1 s where the alert starts, 2 s of waiting for consent-service.
 */
@Singleton
public class HttpServerHistogram {

    private static final String REQUEST_TIMER = "http.server.requests";
    private static final double[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000)
            .mapToDouble(ms -> Duration.ofMillis(ms).toNanos()) // a timer's bounds are in nanoseconds
            .toArray();

    @Produces
    @Singleton
    MeterFilter requestTimerBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getType() != Meter.Type.TIMER || !id.getName().equals(REQUEST_TIMER)) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS).build().merge(config);
            }
        };
    }
}
