package se.sip.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Each rule catches the manifest that breaks it: the rendered prod overlay with one thing changed. */
class RulesRejectTest {

    private static List<JsonNode> prod;

    @BeforeAll
    static void render() {
        prod = Deploy.render("prod");
    }

    @Test
    void aDeploymentWithoutItsProbesIsRefused() {
        List<JsonNode> objects = copy();
        ObjectNode container = container(objects, "meeting-service");
        container.remove("readinessProbe");
        container.remove("startupProbe");

        assertViolations(objects, Rules::containers,
                "Deployment/meeting-service container meeting-service: readinessProbe is not an httpGet on /q/health/ready",
                "Deployment/meeting-service container meeting-service: startupProbe is not an httpGet on /q/health/started");
    }

    @Test
    void aDeploymentWithoutResourcesIsRefused() {
        List<JsonNode> objects = copy();
        ((ObjectNode) container(objects, "plan-service").path("resources")).remove("limits");

        assertViolations(objects, Rules::containers,
                "Deployment/plan-service container plan-service: resources.limits.cpu is missing",
                "Deployment/plan-service container plan-service: resources.limits.memory is missing");
    }

    @Test
    void aDeploymentWithoutItsSecurityContextIsRefused() {
        List<JsonNode> objects = copy();
        container(objects, "consent-service").remove("securityContext");
        ((ObjectNode) pod(objects, "consent-service")).remove("securityContext");

        assertViolations(objects, Rules::containers,
                "Deployment/consent-service: pod securityContext.runAsNonRoot is not true",
                "Deployment/consent-service: pod securityContext.seccompProfile.type is not RuntimeDefault",
                "Deployment/consent-service container consent-service: securityContext.allowPrivilegeEscalation is not false",
                "Deployment/consent-service container consent-service: securityContext.readOnlyRootFilesystem is not true",
                "Deployment/consent-service container consent-service: securityContext.capabilities.drop does not drop ALL");
    }

    @Test
    void aSecretWrittenIntoTheEnvironmentIsRefused() {
        List<JsonNode> objects = copy();
        ((ArrayNode) container(objects, "consent-service").path("env")).addObject()
                .put("name", "QUARKUS_DATASOURCE_PASSWORD").put("value", "hunter2");

        assertViolations(objects, Rules::containers, "Deployment/consent-service container consent-service: env "
                + "QUARKUS_DATASOURCE_PASSWORD is a literal; settings come from ConfigMaps and Secrets by reference");
    }

    @Test
    void aSecretInAConfigMapOrARenderedSecretIsRefused() {
        List<JsonNode> objects = copy();
        ((ObjectNode) find(objects, "ConfigMap", "sip-common").path("data")).put("SIP_PERSON_REF_SECRET", "x".repeat(32));
        ObjectNode secret = find(objects, "ConfigMap", "sip-common").deepCopy();
        secret.put("kind", "Secret");
        objects.add(secret);

        assertViolations(objects, Rules::secretsByReference,
                "ConfigMap/sip-common: SIP_PERSON_REF_SECRET looks like a secret; it belongs in a Secret",
                "Secret/sip-common: a Secret is rendered; secrets are created in the cluster, never committed");
    }

    @Test
    void aSecretNobodyDocumentedIsRefused() {
        List<JsonNode> objects = copy();
        ((ObjectNode) container(objects, "plan-service").path("env").get(0).path("valueFrom").path("secretKeyRef"))
                .put("name", "sip-undocumented");

        assertViolations(objects, Rules::secretsByReference, "Deployment/plan-service: Secret sip-undocumented key "
                + "username is neither a KafkaUser's nor documented in deploy/k8s/secrets/sip-undocumented.yaml.example");
    }

    @Test
    void aSigningKeyNotTheServicesOwnIsRefused() {
        List<JsonNode> objects = copy();
        for (JsonNode volume : pod(objects, "plan-service").path("volumes")) {
            if (volume.path("name").asText().equals("service-token")) {
                ((ObjectNode) volume.path("secret")).put("secretName", "sip-meeting-service-token-key");
            }
        }
        ((ArrayNode) container(objects, "consent-service").path("env")).addObject().put("name", "SIGN_KEY")
                .putObject("valueFrom").putObject("secretKeyRef").put("name", "sip-notification-service-token-key")
                .put("key", "private-key");
        for (JsonNode mount : container(objects, "meeting-service").path("volumeMounts")) {
            ((ObjectNode) mount).remove("subPath");
        }

        assertViolations(objects, Rules::signingKeys,
                "Deployment/plan-service: reads Secret sip-meeting-service-token-key, a signing key not its own",
                "Deployment/plan-service: SMALLRYE_JWT_SIGN_KEY_LOCATION /etc/sip/service-token/private-key is not the "
                        + "key private-key of its own Secret sip-plan-service-token-key",
                "Deployment/consent-service: reads Secret sip-notification-service-token-key, a signing key not its own",
                "Deployment/meeting-service: SMALLRYE_JWT_SIGN_KEY_LOCATION /etc/sip/service-token/private-key is not "
                        + "the key private-key of its own Secret sip-meeting-service-token-key");
    }

    @Test
    void writingAnotherServicesTopicIsRefused() {
        List<JsonNode> objects = copy();
        ObjectNode acl = ((ArrayNode) find(objects, "KafkaUser", "notification-service").path("spec")
                .path("authorization").path("acls")).addObject();
        acl.putObject("resource").put("type", "topic").put("name", "sip.consent.v1");
        acl.putArray("operations").add("Write");

        assertViolations(objects, Rules::kafkaRights, "KafkaUser/notification-service: writes "
                + "[sip.consent.v1, sip.dlq.notification-service], must write exactly [sip.dlq.notification-service]");
    }

    @Test
    void aConsumerGroupTheCodeUsesButTheUserMayNotReadIsRefused() {
        List<JsonNode> objects = copy();
        ArrayNode acls = (ArrayNode) find(objects, "KafkaUser", "plan-service").path("spec").path("authorization")
                .path("acls");
        for (int i = acls.size() - 1; i >= 0; i--) {
            if (acls.get(i).path("resource").path("name").asText().equals("plan-service-versions")) {
                acls.remove(i);
            }
        }

        assertViolations(objects, Rules::kafkaRights, "KafkaUser/plan-service: reads as groups [plan-service], while "
                + "its application.properties uses [plan-service, plan-service-versions]");
    }

    @Test
    void aChannelWithoutItsDeadLetterTopicIsRefused() {
        List<JsonNode> objects = copy();
        ((ObjectNode) find(objects, "ConfigMap", "plan-service-config").path("data"))
                .remove("MP_MESSAGING_INCOMING_AGREED_MINUTES_DEAD_LETTER_QUEUE_TOPIC");

        assertViolations(objects, Rules::kafkaRights, "ConfigMap/plan-service-config: "
                + "MP_MESSAGING_INCOMING_AGREED_MINUTES_DEAD_LETTER_QUEUE_TOPIC is not set: channel agreed-minutes would "
                + "park failed events on an undeclared topic");
    }

    @Test
    void aServiceWithoutItsNetworkPolicyIsRefused() {
        List<JsonNode> objects = copy();
        objects.remove(find(objects, "NetworkPolicy", "consent-service"));

        assertViolations(objects, Rules::companions,
                "Deployment/consent-service: no NetworkPolicy of its own (Ingress and Egress) selects its pods");
        assertViolations(objects, Rules::callsAllowed,
                "NetworkPolicy/consent-service: no ingress from meeting-service on 8081",
                "NetworkPolicy/consent-service: no ingress from plan-service on 8081",
                "NetworkPolicy/consent-service: no ingress from fhir-service on 8081");
    }

    @Test
    void aCallTheCallersPolicyDoesNotAllowIsRefused() {
        List<JsonNode> objects = copy();
        ArrayNode egress = (ArrayNode) find(objects, "NetworkPolicy", "notification-service").path("spec").path("egress");
        for (int i = egress.size() - 1; i >= 0; i--) {
            if (egress.get(i).toString().contains("meeting-service")) {
                egress.remove(i);
            }
        }

        assertViolations(objects, Rules::callsAllowed, "NetworkPolicy/notification-service: no egress to "
                + "meeting-service on 8082 (http://meeting-service:8082)");
    }

    @Test
    void aServiceThatCallsTheOthersMustBeAdmittedByEach() {
        List<JsonNode> objects = copy();
        removeRulesNaming(find(objects, "NetworkPolicy", "plan-service"), "ingress", "fhir-service");
        removeRulesNaming(find(objects, "NetworkPolicy", "fhir-service"), "egress", "notification-service");

        assertViolations(objects, Rules::callsAllowed,
                "NetworkPolicy/plan-service: no ingress from fhir-service on 8083",
                "NetworkPolicy/fhir-service: no egress to notification-service on 8084 "
                        + "(http://notification-service:8084)");
    }

    @Test
    void aServiceWhoseCodeUsesNoDatabaseOrKafkaIsGivenNoneOfThem() {
        List<JsonNode> objects = copy();
        assertEquals(new Rules.Needs(false, false), new Rules(objects, Deploy.REPO).needs("fhir-service"));
        assertEquals(new Rules.Needs(true, true), new Rules(objects, Deploy.REPO).needs("notification-service"));
        // fhir-service given what consent-service has: its database login, Kafka's credentials and CA, the way to both.
        ArrayNode env = container(objects, "fhir-service").putArray("env");
        env.add(envFrom(objects, "consent-service", "QUARKUS_DATASOURCE_PASSWORD"));
        env.add(envFrom(objects, "consent-service", "KAFKA_SASL_JAAS_CONFIG"));
        ((ObjectNode) find(objects, "ConfigMap", "fhir-service-config").path("data"))
                .put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://sip-postgres-rw:5432/consent?sslmode=require");
        for (JsonNode volume : pod(objects, "consent-service").path("volumes")) {
            if (volume.path("name").asText().equals("kafka-ca")) {
                ((ArrayNode) pod(objects, "fhir-service").path("volumes")).add(volume.deepCopy());
            }
        }
        ((ArrayNode) container(objects, "fhir-service").path("volumeMounts")).addObject().put("name", "kafka-ca")
                .put("mountPath", "/etc/sip/kafka-ca").put("readOnly", true);
        ArrayNode egress = (ArrayNode) find(objects, "NetworkPolicy", "fhir-service").path("spec").path("egress");
        for (JsonNode rule : find(objects, "NetworkPolicy", "consent-service").path("spec").path("egress")) {
            if (rule.toString().contains("cnpg.io/cluster") || rule.toString().contains("strimzi.io/cluster")) {
                egress.add(rule.deepCopy());
            }
        }
        ((ArrayNode) find(objects, "NetworkPolicy", "sip-postgres").path("spec").path("ingress").get(0).path("from")
                .get(0).path("podSelector").path("matchExpressions").get(0).path("values")).add("fhir-service");
        ObjectNode user = find(objects, "KafkaUser", "consent-service").deepCopy();
        ((ObjectNode) user.path("metadata")).put("name", "fhir-service");
        objects.add(user);

        assertViolations(objects, Rules::onlyWhatItUses,
                "Deployment/fhir-service: takes QUARKUS_DATASOURCE_PASSWORD from Secret sip-consent-db, but its code uses "
                        + "no database",
                "ConfigMap/fhir-service-config: sets QUARKUS_DATASOURCE_JDBC_URL, but its code uses no database",
                "NetworkPolicy/fhir-service: egress to the database, but its code uses no database",
                "NetworkPolicy/sip-postgres: admits fhir-service, but its code uses no database",
                "KafkaUser/fhir-service: exists, but its code uses no Kafka",
                "Deployment/fhir-service: takes KAFKA_SASL_JAAS_CONFIG from Secret consent-service, but its code uses no "
                        + "Kafka",
                "Deployment/fhir-service: mounts Secret sip-kafka-cluster-ca-cert key ca.crt at "
                        + "/etc/sip/kafka-ca/ca.crt, but its code uses no Kafka",
                "NetworkPolicy/fhir-service: egress to Kafka, but its code uses no Kafka");
        // Not the database and Kafka rules' business: a service without them is not one missing them.
        assertViolations(objects, Rules::databases);
        assertViolations(objects, Rules::kafkaRights);
    }

    @Test
    void aServiceWhoseCodeUsesADatabaseAndKafkaWithoutThemIsRefused() {
        List<JsonNode> objects = copy();
        objects.remove(find(objects, "KafkaUser", "consent-service"));
        ((ObjectNode) find(objects, "ConfigMap", "consent-service-config").path("data"))
                .remove("QUARKUS_DATASOURCE_JDBC_URL");
        removeRulesNaming(find(objects, "NetworkPolicy", "consent-service"), "egress", "cnpg.io/cluster");
        removeRulesNaming(find(objects, "NetworkPolicy", "consent-service"), "egress", "strimzi.io/cluster");
        ArrayNode admitted = (ArrayNode) find(objects, "NetworkPolicy", "sip-postgres").path("spec").path("ingress")
                .get(0).path("from").get(0).path("podSelector").path("matchExpressions").get(0).path("values");
        for (int i = admitted.size() - 1; i >= 0; i--) {
            if (admitted.get(i).asText().equals("consent-service")) {
                admitted.remove(i);
            }
        }

        assertViolations(objects, Rules::kafkaRights, "KafkaUser/consent-service: missing");
        assertViolations(objects, Rules::databases,
                "Deployment/consent-service: QUARKUS_DATASOURCE_JDBC_URL '' names no database of sip-postgres");
        assertViolations(objects, Rules::onlyWhatItUses,
                "NetworkPolicy/consent-service: no egress to its database (cnpg.io/cluster pods)",
                "NetworkPolicy/sip-postgres: does not admit consent-service, whose code uses its database",
                "NetworkPolicy/consent-service: no egress to Kafka (strimzi.io/cluster pods)");
    }

    @Test
    void aServiceWhoseDatabaseOrRoleIsNotCreatedIsRefused() {
        List<JsonNode> objects = copy();
        objects.remove(find(objects, "Database", "sip-plan"));
        secretRef(objects, "meeting-service", "QUARKUS_DATASOURCE_PASSWORD").put("name", "sip-meeting-app");

        assertViolations(objects, Rules::databases,
                "Deployment/plan-service: database plan is neither initdb's nor a Database of sip-postgres",
                "Deployment/meeting-service: logs in with Secret 'sip-meeting-app', which no managed role of "
                        + "sip-postgres has");
    }

    @Test
    void aServiceWhoseMigrationsDoNotRunAsTheOwnerIsRefused() {
        List<JsonNode> objects = copy();
        secretRef(objects, "notification-service", "QUARKUS_FLYWAY_PASSWORD").put("name", "sip-meeting-db-owner");
        ArrayNode env = (ArrayNode) container(objects, "consent-service").path("env");
        for (int i = env.size() - 1; i >= 0; i--) {
            if (env.get(i).path("name").asText().startsWith("QUARKUS_FLYWAY_")) {
                env.remove(i);
            }
        }

        assertViolations(objects, Rules::databases,
                "Deployment/notification-service: migrates with Secret 'sip-meeting-db-owner', but the owner "
                        + "notification_owner of database notification has Secret 'sip-notification-db-owner'",
                "Deployment/consent-service: QUARKUS_FLYWAY_PASSWORD is not from a Secret: its migrations would run "
                        + "as the service's own login, not as the owner consent_owner of database consent");
    }

    @Test
    void aServiceThatLogsInAsItsDatabasesOwnerIsRefused() {
        List<JsonNode> objects = copy();
        secretRef(objects, "consent-service", "QUARKUS_DATASOURCE_PASSWORD").put("name", "sip-consent-db-owner");
        secretRef(objects, "plan-service", "QUARKUS_DATASOURCE_PASSWORD").put("name", "sip-plan-db-owner");

        assertViolations(objects, Rules::databases,
                "Deployment/consent-service: logs in with Secret 'sip-consent-db-owner' as consent_owner, the owner of "
                        + "database consent; the service must log in as a role that does not own it",
                "Deployment/plan-service: logs in with Secret 'sip-plan-db-owner' as plan_owner, the owner of "
                        + "database plan; the service must log in as a role that does not own it");
    }

    @Test
    void prodWithASinglePodOrATagIsRefused() {
        List<JsonNode> objects = copy();
        ObjectNode deployment = find(objects, "Deployment", "plan-service");
        ((ObjectNode) deployment.path("spec")).put("replicas", 1);
        container(objects, "plan-service").put("image", "sip/plan-service:latest");

        assertViolations(objects, Rules::production, "Deployment/plan-service: fewer than 2 replicas",
                "Deployment/plan-service: image not pinned by digest: sip/plan-service:latest");
    }

    @Test
    void servicesNobodyScrapesOrNoAlertsAreRefused() {
        List<JsonNode> objects = copy();
        ((ObjectNode) find(objects, "ServiceMonitor", "sip-services").path("spec").path("endpoints").get(0))
                .put("path", "/metrics");
        objects.remove(find(objects, "PrometheusRule", "sip-alerts"));

        assertViolations(objects, Rules::monitoring,
                "Deployment/consent-service: no ServiceMonitor scrapes /q/metrics on a port of its Service",
                "Deployment/meeting-service: no ServiceMonitor scrapes /q/metrics on a port of its Service",
                "Deployment/plan-service: no ServiceMonitor scrapes /q/metrics on a port of its Service",
                "Deployment/notification-service: no ServiceMonitor scrapes /q/metrics on a port of its Service",
                "Deployment/fhir-service: no ServiceMonitor scrapes /q/metrics on a port of its Service",
                "PrometheusRule: none is rendered: no alert would fire");
    }

    @Test
    void aServiceOutsideTheServiceMonitorsSelectorIsRefused() {
        List<JsonNode> objects = copy();
        ((ObjectNode) find(objects, "Service", "plan-service").path("metadata").path("labels"))
                .remove("app.kubernetes.io/part-of");
        ((ObjectNode) find(objects, "ConfigMap", "sip-grafana-dashboard").path("metadata").path("labels"))
                .remove("grafana_dashboard");

        assertViolations(objects, Rules::monitoring,
                "Deployment/plan-service: no ServiceMonitor scrapes /q/metrics on a port of its Service",
                "ConfigMap: none is labelled grafana_dashboard: \"1\": Grafana would show no dashboard");
    }

    @Test
    void theRenderedOverlayBreaksNone() {
        assertViolations(copy(), Rules::all);
        assertViolations(copy(), Rules::production);
    }

    /** Exactly these violations, in any order. */
    private static void assertViolations(List<JsonNode> objects, Function<Rules, List<String>> rule,
            String... expected) {
        List<String> violations = new ArrayList<>(rule.apply(new Rules(objects, Deploy.REPO)));
        List<String> missing = new ArrayList<>(List.of(expected));
        missing.removeAll(violations);
        violations.removeAll(List.of(expected));
        assertTrue(missing.isEmpty() && violations.isEmpty(),
                "missing: " + missing + "\nunexpected: " + violations);
    }

    private static List<JsonNode> copy() {
        return new ArrayList<>(prod.stream().<JsonNode>map(JsonNode::deepCopy).toList());
    }

    private static ObjectNode find(List<JsonNode> objects, String kind, String name) {
        return (ObjectNode) Rendered.find(objects, kind, name).orElseThrow();
    }

    private static JsonNode pod(List<JsonNode> objects, String deployment) {
        return find(objects, "Deployment", deployment).path("spec").path("template").path("spec");
    }

    private static ObjectNode container(List<JsonNode> objects, String deployment) {
        return (ObjectNode) pod(objects, deployment).path("containers").get(0);
    }

    /** A copy of a Deployment's env variable (its reference to a Secret). */
    private static ObjectNode envFrom(List<JsonNode> objects, String deployment, String variable) {
        for (JsonNode env : container(objects, deployment).path("env")) {
            if (env.path("name").asText().equals(variable)) {
                return env.deepCopy();
            }
        }
        throw new AssertionError(deployment + " has no env " + variable);
    }

    /** Removes a NetworkPolicy's ingress or egress rules that mention the text (a peer's label or name). */
    private static void removeRulesNaming(ObjectNode policy, String direction, String text) {
        ArrayNode rules = (ArrayNode) policy.path("spec").path(direction);
        for (int i = rules.size() - 1; i >= 0; i--) {
            if (rules.get(i).toString().contains(text)) {
                rules.remove(i);
            }
        }
    }

    private static ObjectNode secretRef(List<JsonNode> objects, String deployment, String variable) {
        for (JsonNode env : container(objects, deployment).path("env")) {
            if (env.path("name").asText().equals(variable)) {
                return (ObjectNode) env.path("valueFrom").path("secretKeyRef");
            }
        }
        throw new AssertionError(deployment + " has no env " + variable);
    }
}
