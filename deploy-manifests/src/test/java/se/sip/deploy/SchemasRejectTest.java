package se.sip.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The schemas catch what a typo or a wrong value would make the cluster refuse, or silently ignore. */
class SchemasRejectTest {

    private static List<JsonNode> prod;

    @BeforeAll
    static void render() {
        prod = Deploy.render("prod");
    }

    @Test
    void aMisspeltFieldInAManifestIsRejected() throws URISyntaxException {
        Path broken = Path.of(SchemasRejectTest.class.getResource("/broken/kustomization.yaml").toURI()).getParent();

        List<String> problems = Deploy.SCHEMAS.validate(Kustomize.render(broken));

        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("Service/consent-service: ") && problems.get(0).contains("targetPorts"),
                problems.get(0));
    }

    @Test
    void aMisspeltProbeInADeploymentIsRejected() {
        ObjectNode deployment = copy("Deployment", "plan-service");
        ObjectNode container = container(deployment);
        container.set("readinesProbe", container.remove("readinessProbe"));

        assertProblem(deployment, "readinesProbe");
    }

    @Test
    void aQuantityTheApiServerWouldRefuseIsRejected() {
        ObjectNode deployment = copy("Deployment", "plan-service");
        ((ObjectNode) container(deployment).path("resources").path("limits")).put("memory", "512MB");

        assertProblem(deployment, "resources/limits/memory: does not match");
    }

    @Test
    void aValueOfTheWrongTypeIsRejected() {
        ObjectNode hpa = copy("HorizontalPodAutoscaler", "consent-service");
        ((ObjectNode) hpa.path("spec")).put("minReplicas", "two");

        assertProblem(hpa, "minReplicas");
    }

    @Test
    void aMisspeltKafkaTopicFieldIsRejectedByStrimzisModel() {
        ObjectNode topic = copy("KafkaTopic", "sip.plan.v1");
        ObjectNode spec = (ObjectNode) topic.path("spec");
        spec.set("partition", spec.remove("partitions"));

        assertProblem(topic, "partition");
    }

    @Test
    void anAclOperationStrimziDoesNotKnowIsRejected() {
        ObjectNode user = copy("KafkaUser", "plan-service");
        ((ArrayNode) user.path("spec").path("authorization").path("acls").get(0).path("operations")).set(0, "Wrte");

        assertProblem(user, "Wrte");
    }

    @Test
    void aMisspeltCloudNativePgFieldIsRejectedByTheMinimalSchema() {
        ObjectNode cluster = copy("Cluster", "sip-postgres");
        ObjectNode spec = (ObjectNode) cluster.path("spec");
        spec.set("instance", spec.remove("instances"));

        assertProblem(cluster, "instance");
    }

    @Test
    void aMisspeltAlertingRuleFieldIsRejectedByThePrometheusOperatorsSchema() {
        ObjectNode rules = copy("PrometheusRule", "sip-alerts");
        ObjectNode rule = (ObjectNode) rules.path("spec").path("groups").get(0).path("rules").get(0);
        rule.set("annotation", rule.remove("annotations"));

        assertProblem(rules, "annotation");
    }

    @Test
    void aScrapeIntervalOfTheWrongTypeIsRejected() {
        ObjectNode monitor = copy("ServiceMonitor", "sip-services");
        ((ObjectNode) monitor.path("spec").path("endpoints").get(0)).put("interval", 30);

        assertProblem(monitor, "interval");
    }

    @Test
    void aKindWithoutASchemaIsAProblemNotASkip() {
        ObjectNode unknown = copy("ConfigMap", "sip-common");
        unknown.put("apiVersion", "example.se/v1");
        unknown.put("kind", "Widget");

        assertProblem(unknown, "no schema for example.se/v1 Widget");
    }

    @Test
    void withoutKubectlTheRenderingSaysWhatToInstall() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> Kustomize.render(Deploy.K8S.resolve("overlays/dev"), "/nonexistent/kubectl"));

        assertTrue(error.getMessage().contains("install kubectl"), error.getMessage());
    }

    private static void assertProblem(JsonNode object, String mentioned) {
        List<String> problems = Deploy.SCHEMAS.validate(object);
        assertTrue(problems.stream().anyMatch(p -> p.contains(mentioned)),
                "expected a problem about " + mentioned + ", got " + problems);
    }

    private static ObjectNode copy(String kind, String name) {
        return (ObjectNode) Rendered.find(prod, kind, name).orElseThrow().deepCopy();
    }

    private static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }
}
