package se.sip.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** How the metric names are found: in a query, in the services' code, among Quarkus' own. */
class ExportedMetricsTest {

    private static final String POM = "<artifactId>quarkus-micrometer-registry-prometheus</artifactId>";
    private static final String CONSUMES = "mp.messaging.incoming.plans.topic=sip.plan.v1\n"
            + "mp.messaging.connector.smallrye-kafka.failure-strategy=dead-letter-queue\n";

    @Test
    void aQueryNamesItsMetricsAndNotItsFunctionsLabelsOrVariables() {
        assertEquals(Set.of("a_total", "b_seconds_sum", "c"), ExportedMetrics.namesIn(
                "sum by (namespace, job) (rate(a_total{outcome=\"x_total\", job=~\"$job\"}[$__rate_interval]))"
                        + " / on (job) group_left (pod) sum without (pod) (increase(b_seconds_sum[5m] offset 1d))"
                        + " > 1.2 * max(c offset 1d) + 10 and bool histogram_quantile(0.99, c) unless 2e3"));
    }

    @Test
    void theServicesMetersAreNamedAsPrometheusNamesThem() {
        String java = """
                Gauge.builder("sip.outbox.lag", this, l -> l.lag).baseUnit("seconds")
                        .description("Age; of the oldest").register(registry);
                Gauge.builder("sip.milestones.overdue", now, AtomicInteger::get).register(registry);
                Counter.builder("sip.webhook.deliveries").tag("outcome", outcome).register(registry);
                Timer.builder("sip.relay.round").register(registry);
                @Counted("sip.consents.recorded") void record() {}
                """;

        assertEquals(Set.of("sip_outbox_lag_seconds", "sip_milestones_overdue", "sip_webhook_deliveries_total",
                "sip_relay_round_seconds_count", "sip_relay_round_seconds_sum", "sip_relay_round_seconds_max",
                "sip_consents_recorded_total"), ExportedMetrics.meters(java));
    }

    @Test
    void quarkusOwnMetersAreThereWhileWhatMakesThemIs() {
        Set<String> all = ExportedMetrics.standard(POM, CONSUMES, "");
        assertTrue(all.containsAll(Set.of("http_server_requests_seconds_count", "http_server_requests_seconds_sum",
                "http_server_requests_seconds_max", "kafka_consumer_fetch_manager_records_lag_max",
                "kafka_producer_record_send_total")), all.toString());
        assertFalse(all.contains("http_server_requests_seconds_bucket"), "no buckets without a histogram");

        assertTrue(ExportedMetrics.standard("", CONSUMES, "").isEmpty(), "nothing without the Prometheus registry");
        String noHttpBinder = CONSUMES + "quarkus.micrometer.binder.http-server.enabled=false\n";
        assertFalse(ExportedMetrics.standard(POM, noHttpBinder, "").contains("http_server_requests_seconds_count"),
                "no request timer without its binder");
        assertFalse(ExportedMetrics.standard(POM, "quarkus.kafka.health.enabled=true\n", "")
                .contains("kafka_consumer_fetch_manager_records_lag_max"), "no consumer lag without a consumer");
        assertTrue(ExportedMetrics.standard(POM, CONSUMES, "if (id.getName().equals(\"http.server.requests\")) {"
                + " builder.percentilesHistogram(true); }").contains("http_server_requests_seconds_bucket"),
                "buckets once a MeterFilter asks for the request timer's histogram");
        assertTrue(ExportedMetrics.standard(POM, CONSUMES, "if (id.getName().equals(\"http.server.requests\")) {"
                + " return DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS).build(); }")
                .contains("http_server_requests_seconds_bucket"), "buckets of its service-level objectives too");
        assertFalse(ExportedMetrics.standard(POM, CONSUMES, "Timer.builder(\"sip.relay.round\")"
                + ".serviceLevelObjectives(Duration.ofSeconds(1));").contains("http_server_requests_seconds_bucket"),
                "not for another timer's");
    }
}
