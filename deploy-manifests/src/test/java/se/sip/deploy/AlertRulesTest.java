package se.sip.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * deploy/monitoring/alerts.yaml is a Prometheus rule file whose every alert is complete and watches a metric the
 * services really export, so that renaming a meter cannot silence an alert unnoticed.
 */
class AlertRulesTest {

    private static final Pattern METER = Pattern.compile("(?:Gauge|Counter|Timer)\\.builder\\(\"(sip\\.[a-z.]+)\"");
    private static final Pattern SIP_METRIC = Pattern.compile("\\bsip_[a-z_]+");

    @Test
    void everyAlertIsCompleteAndWatchesAnExportedMetric() throws IOException {
        JsonNode rules = new ObjectMapper(new YAMLFactory())
                .readTree(Deploy.REPO.resolve("deploy/monitoring/alerts.yaml").toFile());
        Set<String> meters = exportedMeters();
        assertTrue(meters.contains("sip_outbox_held"), "the meters found: " + meters);
        List<String> problems = new ArrayList<>();
        int alerts = 0;
        for (JsonNode group : rules.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                alerts++;
                String name = rule.path("alert").asText();
                String severity = rule.path("labels").path("severity").asText();
                if (name.isEmpty() || rule.path("expr").asText().isEmpty()
                        || rule.path("annotations").path("summary").asText().isEmpty()
                        || !Set.of("warning", "critical").contains(severity)) {
                    problems.add(name + ": needs alert, expr, labels.severity (warning|critical), annotations.summary");
                }
                Matcher metric = SIP_METRIC.matcher(rule.path("expr").asText());
                while (metric.find()) {
                    String watched = metric.group();
                    if (meters.stream().noneMatch(m -> watched.equals(m) || watched.startsWith(m + "_"))) {
                        problems.add(name + ": no service exports " + watched);
                    }
                }
            }
        }
        assertFalse(alerts == 0, "no alerts");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The Micrometer meters the services build, as Prometheus names them before their unit suffix. */
    private static Set<String> exportedMeters() throws IOException {
        Set<String> meters = new HashSet<>();
        try (Stream<Path> files = Files.walk(Deploy.REPO)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/"))
                    .toList()) {
                Matcher m = METER.matcher(Files.readString(file));
                while (m.find()) {
                    meters.add(m.group(1).replace('.', '_'));
                }
            }
        }
        return meters;
    }
}
