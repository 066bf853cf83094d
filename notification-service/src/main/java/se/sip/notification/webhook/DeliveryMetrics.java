package se.sip.notification.webhook;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * {@code sip_webhook_deliveries_total{outcome}}: webhook attempts by how they ended: {@code delivered} (a 2xx),
 * {@code failed-retry} (failed, another attempt is scheduled) or {@code parked} (failed for the last time). No
 * subscription, organisation or address as a label: operators alert on the rate, partners read their own deliveries.
 * {@code sip_webhook_breaker_opened_total}: how often a subscription's circuit breaker opened (again).
 */
/* Created at start-up so that every outcome is scraped, as 0, before its first attempt. */
@Startup
@ApplicationScoped
class DeliveryMetrics {

    private final Counter delivered;
    private final Counter failedRetry;
    private final Counter parked;
    private final Counter breakerOpened;

    DeliveryMetrics(MeterRegistry registry) {
        this.delivered = counter(registry, "delivered");
        this.failedRetry = counter(registry, "failed-retry");
        this.parked = counter(registry, "parked");
        this.breakerOpened = Counter.builder("sip.webhook.breaker.opened")
                .description("Times a subscription's circuit breaker opened (or opened again after a failed trial)")
                .register(registry);
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("sip.webhook.deliveries").tag("outcome", outcome)
                .description("Webhook delivery attempts by outcome").register(registry);
    }

    void delivered() {
        delivered.increment();
    }

    void failedRetry() {
        failedRetry.increment();
    }

    void parked() {
        parked.increment();
    }

    void breakerOpened() {
        breakerOpened.increment();
    }
}
