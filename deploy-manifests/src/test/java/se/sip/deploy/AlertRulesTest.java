package se.sip.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * deploy/monitoring/alerts.yaml is a Prometheus rule file whose every alert is complete, has its section in the
 * runbook, watches metrics the services really export, and is fired by a promtool test of alerts.test.yaml; the
 * cluster gets exactly these rules as a PrometheusRule. (promtool itself runs in deploy/monitoring/test-rules.sh.)
 */
class AlertRulesTest {

    static final Path ALERTS = Deploy.REPO.resolve("deploy/monitoring/alerts.yaml");
    private static final Path TESTS = Deploy.REPO.resolve("deploy/monitoring/alerts.test.yaml");
    private static final Path RUNBOOK = Deploy.REPO.resolve("docs/runbook.md");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    @Test
    void everyAlertIsCompleteAndHasItsSectionInTheRunbook() {
        Set<String> anchors = anchors(read(RUNBOOK));
        List<String> problems = new ArrayList<>();
        for (JsonNode rule : alerts()) {
            String name = rule.path("alert").asText();
            String severity = rule.path("labels").path("severity").asText();
            JsonNode annotations = rule.path("annotations");
            if (name.isEmpty() || rule.path("expr").asText().isEmpty()
                    || !Set.of("warning", "critical").contains(severity)
                    || annotations.path("summary").asText().isEmpty()
                    || annotations.path("description").asText().isEmpty()) {
                problems.add(name + ": needs alert, expr, labels.severity (warning|critical), annotations.summary and"
                        + " annotations.description");
            }
            String runbook = annotations.path("runbook_url").asText();
            String anchor = runbook.substring(runbook.indexOf('#') + 1);
            if (!runbook.endsWith("docs/runbook.md#" + anchor) || !anchors.contains(anchor)) {
                problems.add(name + ": runbook_url '" + runbook + "' is not docs/runbook.md#<a heading of it>; its"
                        + " headings: " + anchors);
            }
            if (!anchor.equals(slug(name))) {
                problems.add(name + ": runbook_url should point at the runbook's section named after it, #"
                        + slug(name));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyAlertWatchesMetricsTheServicesExport() {
        ExportedMetrics exported = ExportedMetrics.of(Deploy.REPO);
        assertTrue(exported.exports("sip_outbox_held_events") && exported.exports("http_server_requests_seconds_count"),
                "the metrics found: " + exported.names());
        List<String> problems = new ArrayList<>();
        for (JsonNode rule : alerts()) {
            Set<String> watched = ExportedMetrics.namesIn(rule.path("expr").asText());
            if (watched.isEmpty()) {
                problems.add(rule.path("alert").asText() + ": watches no metric");
            }
            watched.stream().filter(m -> !exported.exports(m))
                    .forEach(m -> problems.add(rule.path("alert").asText() + ": no service exports " + m));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\nthe exported metrics: " + exported.names());
    }

    /** So that nobody adds an alert without a test that shows it firing on the series it is meant for. */
    @Test
    void everyAlertHasAPromtoolTestThatFiresIt() {
        JsonNode tests = yaml(TESTS);
        assertEquals(List.of("alerts.yaml"), textsOf(tests.path("rule_files")), "alerts.test.yaml's rule_files");
        Set<String> named = new TreeSet<>();
        Set<String> fired = new TreeSet<>();
        for (JsonNode test : tests.path("tests")) {
            for (JsonNode check : test.path("alert_rule_test")) {
                named.add(check.path("alertname").asText());
                if (!check.path("exp_alerts").isEmpty()) {
                    fired.add(check.path("alertname").asText());
                }
            }
        }
        Set<String> alerts = new TreeSet<>();
        alerts().forEach(rule -> alerts.add(rule.path("alert").asText()));

        Set<String> unfired = new TreeSet<>(alerts);
        unfired.removeAll(fired);
        assertTrue(unfired.isEmpty(), "no promtool test in alerts.test.yaml fires " + unfired);
        Set<String> unknown = new TreeSet<>(named);
        unknown.removeAll(alerts);
        assertTrue(unknown.isEmpty(), "alerts.test.yaml tests alerts that alerts.yaml does not have: " + unknown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theClusterGetsExactlyTheseRulesAsAPrometheusRule(String overlay) {
        List<JsonNode> rules = Rendered.ofKind(Deploy.render(overlay), "PrometheusRule");

        assertEquals(1, rules.size(), overlay + " renders one PrometheusRule");
        JsonNode groups = rules.get(0).path("spec").path("groups");
        JsonNode expected = yaml(ALERTS).path("groups");
        assertTrue(expected.equals(groups), "PrometheusRule/" + Rendered.name(rules.get(0)) + " in " + overlay
                + " differs from deploy/monitoring/alerts.yaml at " + firstDifference(expected, groups, "groups")
                + ": copy alerts.yaml's groups under spec of deploy/k8s/base/monitoring/prometheusrule.yaml");
    }

    @Test
    void aHeadingIsAnchoredAsGitHubAnchorsIt() {
        assertEquals("sipoutboxeventheld", slug("SipOutboxEventHeld"));
        assertEquals("what-to-do-first-every-alert", slug("What to do first, every alert"));
        assertEquals(Set.of("runbook", "siphttpslow"), anchors("# Runbook\n\ntext\n## SipHttpSlow\n"));
    }

    static List<JsonNode> alerts() {
        List<JsonNode> alerts = new ArrayList<>();
        yaml(ALERTS).path("groups").forEach(group -> group.path("rules").forEach(alerts::add));
        assertFalse(alerts.isEmpty(), "no alerts in " + ALERTS);
        return alerts;
    }

    /** GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces as hyphens. */
    static String slug(String heading) {
        return Normalizer.normalize(heading, Normalizer.Form.NFC).toLowerCase().replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }

    private static Set<String> anchors(String markdown) {
        Set<String> anchors = new TreeSet<>();
        Matcher m = HEADING.matcher(markdown);
        while (m.find()) {
            anchors.add(slug(m.group(1).replace("`", "")));
        }
        return anchors;
    }

    private static String firstDifference(JsonNode expected, JsonNode actual, String path) {
        if (expected.isContainerNode() && expected.getNodeType() == actual.getNodeType()) {
            Set<String> keys = new TreeSet<>();
            if (expected.isObject()) {
                expected.fieldNames().forEachRemaining(keys::add);
                actual.fieldNames().forEachRemaining(keys::add);
                for (String key : keys) {
                    if (!expected.path(key).equals(actual.path(key))) {
                        return firstDifference(expected.path(key), actual.path(key), path + "." + key);
                    }
                }
            } else {
                for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                    if (!expected.path(i).equals(actual.path(i))) {
                        return firstDifference(expected.path(i), actual.path(i), path + "[" + i + "]");
                    }
                }
            }
        }
        return path + " (alerts.yaml: " + expected + ", PrometheusRule: " + actual + ")";
    }

    private static List<String> textsOf(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    static JsonNode yaml(Path file) {
        try {
            return Kustomize.YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
