package se.sip.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * deploy/monitoring/grafana-dashboard.json is a Grafana 10/11 dashboard that an installation's Prometheus fills: it
 * asks for its data source, every panel's queries name metrics the services export, it shows every metric an alert
 * watches, and the cluster gets the file unchanged as a ConfigMap Grafana's sidecar loads.
 */
class GrafanaDashboardTest {

    private static final Path DASHBOARD = Deploy.REPO.resolve("deploy/monitoring/grafana-dashboard.json");
    /** Grafana 10.4 to 11.x write 39; a newer Grafana migrates it on load. */
    private static final int SCHEMA_VERSION = 39;
    private static final String DATASOURCE = "${datasource}";

    @Test
    void itIsADashboardOfItsOwnDataSourceAndServices() throws IOException {
        JsonNode dashboard = dashboard();

        assertFalse(dashboard.path("uid").asText().isEmpty(), "a fixed uid, so that links and the sidecar keep it");
        assertFalse(dashboard.path("title").asText().isEmpty(), "a title");
        assertTrue(dashboard.path("schemaVersion").asInt() >= SCHEMA_VERSION, "schemaVersion "
                + dashboard.path("schemaVersion") + ", Grafana 10.4 and 11 write " + SCHEMA_VERSION);
        JsonNode datasource = variable(dashboard, "datasource");
        assertEquals("datasource", datasource.path("type").asText(), "$datasource chooses a data source");
        assertEquals("prometheus", datasource.path("query").asText(), "of Prometheus");
        JsonNode job = variable(dashboard, "job");
        assertEquals("query", job.path("type").asText(), "$job lists the services");
        assertEquals(DATASOURCE, job.path("datasource").path("uid").asText(), "$job asks the chosen data source");

        List<String> problems = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : panels(dashboard)) {
            String title = panel.path("title").asText();
            if (!ids.add(panel.path("id").asInt())) {
                problems.add(title + ": id " + panel.path("id") + " twice");
            }
            if (!panel.path("gridPos").has("w") || !panel.path("gridPos").has("h")) {
                problems.add(title + ": no gridPos");
            }
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            if (!panel.path("datasource").path("uid").asText().equals(DATASOURCE)) {
                problems.add(title + ": data source is not " + DATASOURCE);
            }
            if (panel.path("targets").isEmpty()) {
                problems.add(title + ": no query");
            }
            for (JsonNode target : panel.path("targets")) {
                if (!target.path("datasource").path("uid").asText(DATASOURCE).equals(DATASOURCE)) {
                    problems.add(title + " " + target.path("refId").asText() + ": data source is not " + DATASOURCE);
                }
                if (!target.path("expr").asText().contains("job=~\"$job\"")) {
                    problems.add(title + " " + target.path("refId").asText() + ": does not follow $job");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyQueryNamesMetricsTheServicesExport() throws IOException {
        ExportedMetrics exported = ExportedMetrics.of(Deploy.REPO);
        List<String> problems = new ArrayList<>();
        for (JsonNode panel : panels(dashboard())) {
            for (JsonNode target : panel.path("targets")) {
                String where = panel.path("title").asText() + " " + target.path("refId").asText();
                Set<String> names = ExportedMetrics.namesIn(target.path("expr").asText());
                if (names.isEmpty()) {
                    problems.add(where + ": names no metric");
                }
                names.stream().filter(m -> !exported.exports(m))
                        .forEach(m -> problems.add(where + ": no service exports " + m));
            }
        }
        for (JsonNode variable : dashboard().path("templating").path("list")) {
            if (variable.path("type").asText().equals("query")) {
                String query = variable.path("query").path("query").asText(variable.path("query").asText());
                String selector = query.replaceAll("^label_values\\((.*),\\s*\\w+\\)$", "$1");
                ExportedMetrics.namesIn(selector).stream().filter(m -> !exported.exports(m)).forEach(m ->
                        problems.add("variable " + variable.path("name").asText() + ": no service exports " + m));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\nthe exported metrics: " + exported.names());
    }

    /** An operator who is paged finds what the alert watched on the dashboard. */
    @Test
    void everyMetricAnAlertWatchesIsOnTheDashboard() throws IOException {
        Set<String> shown = new TreeSet<>();
        panels(dashboard()).forEach(p -> p.path("targets")
                .forEach(t -> shown.addAll(ExportedMetrics.namesIn(t.path("expr").asText()))));
        Set<String> watched = new TreeSet<>();
        AlertRulesTest.alerts().forEach(r -> watched.addAll(ExportedMetrics.namesIn(r.path("expr").asText())));

        watched.removeAll(shown);
        assertTrue(watched.isEmpty(), "alerts watch metrics no panel shows: " + watched);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theClusterGetsTheFileUnchangedAsASidecarDashboard(String overlay) throws IOException {
        List<JsonNode> dashboards = Deploy.render(overlay).stream()
                .filter(o -> Rendered.kind(o).equals("ConfigMap")
                        && o.path("metadata").path("labels").path("grafana_dashboard").asText().equals("1"))
                .toList();

        assertEquals(1, dashboards.size(), overlay + " renders one ConfigMap labelled grafana_dashboard: \"1\"");
        JsonNode data = dashboards.get(0).path("data");
        assertEquals(1, data.size(), "one dashboard in it");
        assertTrue(data.fieldNames().next().endsWith(".json"), "the sidecar writes the key as the file's name");
        assertEquals(Files.readString(DASHBOARD), data.elements().next().asText());
    }

    private static JsonNode dashboard() throws IOException {
        return new ObjectMapper().readTree(DASHBOARD.toFile());
    }

    private static JsonNode variable(JsonNode dashboard, String name) {
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if (variable.path("name").asText().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError("no template variable $" + name);
    }

    /** Every panel, those inside collapsed rows included. */
    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        }
        assertFalse(panels.isEmpty(), "no panels");
        return panels;
    }
}
