package se.sip.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Each overlay renders, every object in it matches its schema, and the project's rules hold. */
class OverlaysTest {

    private static final Set<String> KINDS = Set.of("ConfigMap", "Deployment", "Service", "ServiceAccount",
            "PodDisruptionBudget", "HorizontalPodAutoscaler", "NetworkPolicy", "KafkaTopic", "KafkaUser", "Cluster",
            "Database", "PrometheusRule", "ServiceMonitor");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedObjectMatchesItsSchema(String overlay) {
        List<JsonNode> objects = Deploy.render(overlay);

        Set<String> kinds = new TreeSet<>();
        objects.forEach(o -> kinds.add(Rendered.kind(o)));
        assertEquals(KINDS, kinds, "the kinds " + overlay + " renders");
        List<String> problems = Deploy.SCHEMAS.validate(objects);
        assertTrue(problems.isEmpty(), overlay + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theRulesHold(String overlay) {
        List<JsonNode> objects = Deploy.render(overlay);

        Set<String> deployments = new TreeSet<>();
        Rendered.ofKind(objects, "Deployment").forEach(d -> deployments.add(Rendered.name(d)));
        assertEquals(new TreeSet<>(Rules.OWN_TOPIC.keySet()), deployments,
                "one Deployment per service of Rules.OWN_TOPIC");
        List<String> violations = new Rules(objects, Deploy.REPO).all();
        assertTrue(violations.isEmpty(), overlay + ":\n" + String.join("\n", violations));
    }

    @Test
    void prodRunsSeveralPodsSpreadAndPinnedByDigest() {
        List<JsonNode> objects = Deploy.render("prod");

        List<String> violations = new Rules(objects, Deploy.REPO).production();
        assertTrue(violations.isEmpty(), String.join("\n", violations));
        Rendered.ofKind(objects, "HorizontalPodAutoscaler")
                .forEach(h -> assertTrue(h.path("spec").path("maxReplicas").asInt() > 2, Rendered.id(h)));
    }

    @Test
    void theSecretExamplesAreValidSecretsThatHoldNoValue() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Deploy.K8S.resolve("secrets"))) {
            examples = files.filter(f -> f.toString().endsWith(".yaml.example")).sorted().toList();
        }
        assertEquals(16, examples.size(), "one example per Secret the pods read: " + examples);

        for (Path example : examples) {
            JsonNode secret = Kustomize.parse(Files.readString(example)).get(0);
            List<String> problems = Deploy.SCHEMAS.validate(secret);
            assertTrue(problems.isEmpty(), example + ": " + problems);
            assertEquals(example.getFileName().toString(), Rendered.name(secret) + ".yaml.example");
            secret.path("stringData").fields().forEachRemaining(e -> assertTrue(
                    e.getValue().asText().startsWith("REPLACE-") || e.getKey().equals("username"),
                    example + ": " + e.getKey() + " holds a value, not a placeholder"));
        }
    }

    @Test
    void devRunsOneSmallPodPerServiceFromDevImages() {
        List<JsonNode> objects = Deploy.render("dev");

        for (JsonNode d : Rendered.ofKind(objects, "Deployment")) {
            assertEquals(1, d.path("spec").path("replicas").asInt(), Rendered.id(d));
            JsonNode container = d.path("spec").path("template").path("spec").path("containers").get(0);
            assertEquals("sip/" + Rendered.name(d) + ":dev", container.path("image").asText());
            assertEquals("384Mi", container.path("resources").path("limits").path("memory").asText());
        }
        Rendered.ofKind(objects, "HorizontalPodAutoscaler")
                .forEach(h -> assertEquals(1, h.path("spec").path("maxReplicas").asInt(), Rendered.id(h)));
        assertTrue(Rendered.ofKind(objects, "KafkaTopic").stream()
                .allMatch(t -> t.path("spec").path("replicas").asInt() == 1), "dev topics on one broker");
    }
}
