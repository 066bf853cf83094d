package se.sip.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The project's rules for what it deploys, on rendered objects: what a schema cannot say (every container probed,
 * sized and locked down, secrets only by reference, each service signing with its own key alone, each service with its
 * Service, ServiceAccount, budget, autoscaler and network policy, Kafka rights matching what the code consumes, a
 * database and Kafka for exactly the services whose code uses them, every service scraped, the alerts and the
 * dashboard rendered). Each method answers the violations, one line each; none means the rule holds.
 */
final class Rules {

    /**
     * Every service, with the topic it publishes its events on (docs/contract.md; platform's Topics), if any. The
     * overlays deploy exactly these (OverlaysTest), so a new service has to say here what it publishes.
     */
    static final Map<String, Optional<String>> OWN_TOPIC = Map.of(
            "consent-service", Optional.of("sip.consent.v1"),
            "meeting-service", Optional.of("sip.meeting.v1"),
            "plan-service", Optional.of("sip.plan.v1"),
            "notification-service", Optional.empty(),
            "fhir-service", Optional.empty());

    /**
     * The compile dependencies that give a service's code a database, or Kafka: the platform module brings both
     * (Flyway, the outbox and the access log; the outbox relay and the consumers), Quarkus' extensions one alone.
     */
    private static final Set<String> DATABASE_DEPENDENCIES = Set.of("se.sip:platform",
            "io.quarkus:quarkus-jdbc-postgresql", "io.quarkus:quarkus-agroal", "io.quarkus:quarkus-flyway",
            "io.quarkus:quarkus-hibernate-orm", "io.quarkus:quarkus-hibernate-orm-panache");
    private static final Set<String> KAFKA_DEPENDENCIES = Set.of("se.sip:platform",
            "io.quarkus:quarkus-messaging-kafka", "io.quarkus:quarkus-kafka-client");

    private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|JAAS|PRIVATE|CREDENTIAL|TOKEN$");
    private static final Pattern DLQ_KEY = Pattern.compile("MP_MESSAGING_INCOMING_(.+)_DEAD_LETTER_QUEUE_TOPIC");
    private static final Pattern JDBC_URL = Pattern.compile("^jdbc:postgresql://sip-postgres-rw:5432/([a-z_]+)");
    private static final Pattern SERVICE_URL = Pattern.compile("^https?://([a-z0-9-]+):(\\d+)");
    /** A service's own database settings (sip-common's pool size applies only where there is a pool). */
    private static final Pattern DATABASE_SETTING = Pattern.compile("^QUARKUS_(DATASOURCE|FLYWAY)_");
    private static final String POSTGRES_LABEL = "cnpg.io/cluster";
    private static final String KAFKA_LABEL = "strimzi.io/cluster";

    private final List<JsonNode> objects;
    private final Path repoRoot;
    private final Map<String, Needs> needs = new HashMap<>();

    /** What a service's code uses, read from its module (compile dependencies and application.properties). */
    record Needs(boolean database, boolean kafka) {
    }

    Rules(List<JsonNode> objects, Path repoRoot) {
        this.objects = objects;
        this.repoRoot = repoRoot;
    }

    /** Every rule that holds in each overlay. */
    List<String> all() {
        List<String> violations = new ArrayList<>();
        violations.addAll(containers());
        violations.addAll(companions());
        violations.addAll(defaultDeny());
        violations.addAll(secretsByReference());
        violations.addAll(signingKeys());
        violations.addAll(kafkaRights());
        violations.addAll(callsAllowed());
        violations.addAll(databases());
        violations.addAll(onlyWhatItUses());
        violations.addAll(monitoring());
        return violations;
    }

    /** Probes on /q/health, requests and limits, a locked-down security context, settings only by reference. */
    List<String> containers() {
        List<String> v = new ArrayList<>();
        for (JsonNode deployment : Rendered.ofKind(objects, "Deployment")) {
            String id = Rendered.id(deployment);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            JsonNode podSecurity = pod.path("securityContext");
            check(v, podSecurity.path("runAsNonRoot").asBoolean(false), id, "pod securityContext.runAsNonRoot is not true");
            check(v, podSecurity.path("seccompProfile").path("type").asText().equals("RuntimeDefault"), id,
                    "pod securityContext.seccompProfile.type is not RuntimeDefault");
            check(v, pod.has("automountServiceAccountToken") && !pod.path("automountServiceAccountToken").asBoolean(),
                    id, "the pod mounts a service account token (automountServiceAccountToken must be false)");
            check(v, pod.path("serviceAccountName").asText().equals(Rendered.name(deployment)), id,
                    "runs as service account '" + pod.path("serviceAccountName").asText() + "', not its own");
            Set<String> emptyDirs = new TreeSet<>();
            pod.path("volumes").forEach(vol -> {
                if (vol.has("emptyDir")) {
                    emptyDirs.add(vol.path("name").asText());
                }
            });
            for (JsonNode c : pod.path("containers")) {
                String cid = id + " container " + c.path("name").asText();
                probe(v, cid, c, "startupProbe", "/q/health/started");
                probe(v, cid, c, "readinessProbe", "/q/health/ready");
                probe(v, cid, c, "livenessProbe", "/q/health/live");
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        check(v, c.path("resources").path(bound).has(resource), cid,
                                "resources." + bound + "." + resource + " is missing");
                    }
                }
                JsonNode sc = c.path("securityContext");
                check(v, sc.has("allowPrivilegeEscalation") && !sc.path("allowPrivilegeEscalation").asBoolean(), cid,
                        "securityContext.allowPrivilegeEscalation is not false");
                check(v, sc.path("readOnlyRootFilesystem").asBoolean(false), cid,
                        "securityContext.readOnlyRootFilesystem is not true");
                check(v, !sc.path("privileged").asBoolean(false), cid, "securityContext.privileged is true");
                check(v, contains(sc.path("capabilities").path("drop"), "ALL"), cid,
                        "securityContext.capabilities.drop does not drop ALL");
                check(v, has(c.path("volumeMounts"), m -> m.path("mountPath").asText().equals("/tmp")
                        && emptyDirs.contains(m.path("name").asText())), cid, "no emptyDir mounted at /tmp");
                for (JsonNode env : c.path("env")) {
                    check(v, !env.has("value"), cid, "env " + env.path("name").asText()
                            + " is a literal; settings come from ConfigMaps and Secrets by reference");
                }
                for (JsonNode from : c.path("envFrom")) {
                    check(v, from.has("configMapRef") || from.has("secretRef"), cid, "envFrom other than a ConfigMap or Secret");
                }
                String image = c.path("image").asText();
                check(v, image.contains("sip/" + Rendered.name(deployment)), cid,
                        "image " + image + " is not sip/" + Rendered.name(deployment));
            }
        }
        return v;
    }

    /** Each Deployment has its Service, ServiceAccount, PodDisruptionBudget, autoscaler and NetworkPolicy. */
    List<String> companions() {
        List<String> v = new ArrayList<>();
        for (JsonNode deployment : Rendered.ofKind(objects, "Deployment")) {
            String name = Rendered.name(deployment);
            String id = Rendered.id(deployment);
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
            check(v, has(Rendered.ofKind(objects, "Service"), s -> selects(s.path("spec").path("selector"), labels)),
                    id, "no Service selects its pods");
            check(v, Rendered.find(objects, "ServiceAccount", name)
                    .filter(sa -> sa.has("automountServiceAccountToken")
                            && !sa.path("automountServiceAccountToken").asBoolean())
                    .isPresent(), id, "no ServiceAccount " + name + " with automountServiceAccountToken false");
            check(v, has(Rendered.ofKind(objects, "PodDisruptionBudget"),
                    p -> selects(p.path("spec").path("selector").path("matchLabels"), labels)), id,
                    "no PodDisruptionBudget covers its pods");
            check(v, has(Rendered.ofKind(objects, "HorizontalPodAutoscaler"),
                    h -> h.path("apiVersion").asText().equals("autoscaling/v2")
                            && h.path("spec").path("scaleTargetRef").path("kind").asText().equals("Deployment")
                            && h.path("spec").path("scaleTargetRef").path("name").asText().equals(name)), id,
                    "no autoscaling/v2 HorizontalPodAutoscaler scales it");
            check(v, has(Rendered.ofKind(objects, "NetworkPolicy"),
                    n -> !n.path("spec").path("podSelector").path("matchLabels").isEmpty()
                            && selects(n.path("spec").path("podSelector").path("matchLabels"), labels)
                            && contains(n.path("spec").path("policyTypes"), "Ingress")
                            && contains(n.path("spec").path("policyTypes"), "Egress")), id,
                    "no NetworkPolicy of its own (Ingress and Egress) selects its pods");
        }
        return v;
    }

    /** A NetworkPolicy that denies all traffic of every pod, so that only what a policy allows flows. */
    List<String> defaultDeny() {
        boolean present = has(Rendered.ofKind(objects, "NetworkPolicy"),
                n -> n.path("spec").path("podSelector").isEmpty()
                        && contains(n.path("spec").path("policyTypes"), "Ingress")
                        && contains(n.path("spec").path("policyTypes"), "Egress")
                        && !n.path("spec").has("ingress") && !n.path("spec").has("egress"));
        return present ? List.of() : List.of("no default-deny NetworkPolicy (podSelector {}, Ingress and Egress, no rules)");
    }

    /**
     * No Secret is rendered (values are never committed), no ConfigMap holds a secret, and every Secret a pod refers
     * to is either written by Strimzi for a KafkaUser or documented by a committed deploy/k8s/secrets/NAME.yaml.example
     * naming the key.
     */
    List<String> secretsByReference() {
        List<String> v = new ArrayList<>();
        Rendered.ofKind(objects, "Secret").forEach(s -> v.add(Rendered.id(s) + ": a Secret is rendered; secrets are "
                + "created in the cluster, never committed"));
        for (JsonNode cm : Rendered.ofKind(objects, "ConfigMap")) {
            cm.path("data").fields().forEachRemaining(e -> {
                check(v, !SECRET_NAME.matcher(e.getKey()).find(), Rendered.id(cm),
                        e.getKey() + " looks like a secret; it belongs in a Secret");
                check(v, !e.getValue().asText().contains("-----BEGIN"), Rendered.id(cm),
                        e.getKey() + " holds a PEM block; it belongs in a Secret");
            });
        }
        Set<String> kafkaUsers = new TreeSet<>();
        Rendered.ofKind(objects, "KafkaUser").forEach(u -> kafkaUsers.add(Rendered.name(u)));
        for (JsonNode deployment : Rendered.ofKind(objects, "Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            List<String[]> refs = new ArrayList<>();
            for (JsonNode c : pod.path("containers")) {
                for (JsonNode env : c.path("env")) {
                    JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                    if (!ref.isMissingNode()) {
                        refs.add(new String[] {ref.path("name").asText(), ref.path("key").asText()});
                    }
                }
            }
            for (JsonNode vol : pod.path("volumes")) {
                JsonNode secret = vol.path("secret");
                secret.path("items").forEach(i -> refs.add(new String[] {secret.path("secretName").asText(),
                        i.path("key").asText()}));
            }
            for (String[] ref : refs) {
                if (kafkaUsers.contains(ref[0])) {
                    continue;
                }
                Path example = repoRoot.resolve("deploy/k8s/secrets/" + ref[0] + ".yaml.example");
                String text = Files.isRegularFile(example) ? read(example) : "";
                check(v, Pattern.compile("(?m)^\\s+" + Pattern.quote(ref[1]) + ":").matcher(text).find(),
                        Rendered.id(deployment), "Secret " + ref[0] + " key " + ref[1] + " is neither a KafkaUser's "
                                + "nor documented in deploy/k8s/secrets/" + ref[0] + ".yaml.example");
            }
        }
        return v;
    }

    /**
     * A service signs its calls to our other services with its own key alone: the key private-key of its Secret
     * sip-SERVICE-token-key is the file at its SMALLRYE_JWT_SIGN_KEY_LOCATION, and no pod reads another service's
     * signing key (a Secret named *-token-key), with which it could pass for that service.
     */
    List<String> signingKeys() {
        List<String> v = new ArrayList<>();
        for (JsonNode deployment : Rendered.ofKind(objects, "Deployment")) {
            String id = Rendered.id(deployment);
            String own = "sip-" + Rendered.name(deployment) + "-token-key";
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            Set<String> secrets = new TreeSet<>();
            pod.path("volumes").forEach(vol -> secrets.add(vol.path("secret").path("secretName").asText()));
            for (JsonNode c : pod.path("containers")) {
                c.path("env").forEach(e -> secrets.add(e.path("valueFrom").path("secretKeyRef").path("name").asText()));
                c.path("envFrom").forEach(e -> secrets.add(e.path("secretRef").path("name").asText()));
            }
            secrets.stream().filter(s -> s.endsWith("-token-key") && !s.equals(own))
                    .forEach(s -> v.add(id + ": reads Secret " + s + ", a signing key not its own"));
            Map<String, String> config = configMapData("sip-common");
            config.putAll(configMapData(Rendered.name(deployment) + "-config"));
            String location = config.get("SMALLRYE_JWT_SIGN_KEY_LOCATION");
            if (location != null) {
                for (JsonNode c : pod.path("containers")) {
                    check(v, secretFileAt(pod, c, location).equals(own + " key private-key"), id,
                            "SMALLRYE_JWT_SIGN_KEY_LOCATION " + location + " is not the key private-key of its own "
                                    + "Secret " + own);
                }
            }
        }
        return v;
    }

    /** Which Secret's key a container sees at {@code path}, as "NAME key KEY"; empty when no Secret volume's. */
    private static String secretFileAt(JsonNode pod, JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            String dir = mount.path("mountPath").asText();
            String subPath = mount.path("subPath").asText();
            String file = !subPath.isEmpty() ? (path.equals(dir) ? subPath : null)
                    : path.startsWith(dir + "/") ? path.substring(dir.length() + 1) : null;
            if (file == null) {
                continue;
            }
            for (JsonNode vol : pod.path("volumes")) {
                JsonNode secret = vol.path("secret");
                if (secret.isMissingNode() || !vol.path("name").asText().equals(mount.path("name").asText())) {
                    continue;
                }
                if (!secret.has("items")) {
                    return secret.path("secretName").asText() + " key " + file;
                }
                for (JsonNode item : secret.path("items")) {
                    if (item.path("path").asText().equals(file)) {
                        return secret.path("secretName").asText() + " key " + item.path("key").asText();
                    }
                }
            }
        }
        return "";
    }

    /**
     * Each service whose code uses Kafka ({@link Needs}) has a KafkaUser, which may write its own topic
     * ({@link #OWN_TOPIC}) and its dead-letter topic only, and reads exactly the topics
     * its application.properties consumes, with exactly its consumer groups; every channel has its dead-letter topic
     * set, and every topic a right names is declared.
     */
    List<String> kafkaRights() {
        List<String> v = new ArrayList<>();
        Set<String> topics = new TreeSet<>();
        Rendered.ofKind(objects, "KafkaTopic").forEach(t -> topics.add(Rendered.name(t)));
        OWN_TOPIC.values().stream().flatMap(Optional::stream)
                .forEach(topic -> check(v, topics.contains(topic), "KafkaTopic/" + topic, "is not declared"));
        for (JsonNode deployment : Rendered.ofKind(objects, "Deployment")) {
            String service = Rendered.name(deployment);
            String id = "KafkaUser/" + service;
            Properties props = applicationProperties(service);
            Set<String> channels = new TreeSet<>();
            Set<String> consumed = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            props.stringPropertyNames().forEach(key -> {
                Matcher m = Pattern.compile("^mp\\.messaging\\.incoming\\.([^.]+)\\.(topic|group\\.id)$").matcher(key);
                if (m.matches()) {
                    channels.add(m.group(1));
                    (m.group(2).equals("topic") ? consumed : groups).add(props.getProperty(key));
                }
            });
            Map<String, String> config = configMapData(service + "-config");
            Set<String> deadLetters = new TreeSet<>();
            for (String channel : channels) {
                String key = "MP_MESSAGING_INCOMING_" + channel.toUpperCase().replace('-', '_') + "_DEAD_LETTER_QUEUE_TOPIC";
                String dlq = config.get(key);
                check(v, dlq != null, "ConfigMap/" + service + "-config", key + " is not set: channel " + channel
                        + " would park failed events on an undeclared topic");
                if (dlq != null) {
                    deadLetters.add(dlq);
                }
            }
            config.keySet().stream().filter(k -> DLQ_KEY.matcher(k).matches()).forEach(k -> {
                Matcher m = DLQ_KEY.matcher(k);
                m.matches();
                check(v, channels.contains(m.group(1).toLowerCase().replace('_', '-')), "ConfigMap/" + service + "-config",
                        k + " names no channel of " + service);
            });
            if (!needs(service).kafka()) {
                continue; // no KafkaUser, nor any other way to Kafka: onlyWhatItUses()
            }
            JsonNode user = Rendered.find(objects, "KafkaUser", service).orElse(null);
            if (user == null) {
                v.add(id + ": missing");
                continue;
            }
            check(v, user.path("spec").path("authentication").path("type").asText().startsWith("scram-sha-512")
                    || user.path("spec").path("authentication").path("type").asText().startsWith("tls"), id,
                    "has no authentication");
            Set<String> writes = new TreeSet<>();
            Set<String> reads = new TreeSet<>();
            Set<String> readGroups = new TreeSet<>();
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                String name = resource.path("name").asText();
                check(v, resource.path("patternType").asText("literal").equals("literal"), id,
                        "ACL on " + name + " is not literal");
                for (JsonNode op : acl.path("operations")) {
                    String operation = op.asText();
                    if (resource.path("type").asText().equals("topic")) {
                        check(v, topics.contains(name), id, "ACL names undeclared topic " + name);
                        if (Set.of("Write", "All", "Create", "Delete", "Alter", "AlterConfigs").contains(operation)) {
                            writes.add(name);
                        } else if (operation.equals("Read")) {
                            reads.add(name);
                        }
                    } else if (resource.path("type").asText().equals("group") && operation.equals("Read")) {
                        readGroups.add(name);
                    } else if (!resource.path("type").asText().equals("topic")) {
                        v.add(id + ": " + operation + " on " + resource.path("type").asText() + " " + name
                                + " is more than a service needs");
                    }
                }
            }
            Set<String> mayWrite = new TreeSet<>(deadLetters);
            OWN_TOPIC.getOrDefault(service, Optional.empty()).ifPresent(mayWrite::add);
            check(v, writes.equals(mayWrite), id, "writes " + writes + ", must write exactly " + mayWrite);
            check(v, reads.equals(consumed), id, "reads " + reads + ", while its application.properties consumes "
                    + consumed);
            check(v, readGroups.equals(groups), id, "reads as groups " + readGroups
                    + ", while its application.properties uses " + groups);
        }
        return v;
    }

    /**
     * A service that calls another (an http://NAME:PORT URL in its ConfigMap) may reach it, and the callee admits it:
     * egress and ingress on that port.
     */
    List<String> callsAllowed() {
        List<String> v = new ArrayList<>();
        for (JsonNode deployment : Rendered.ofKind(objects, "Deployment")) {
            String caller = Rendered.name(deployment);
            for (String url : configMapData(caller + "-config").values()) {
                Matcher m = SERVICE_URL.matcher(url);
                if (!m.find()) {
                    continue;
                }
                String callee = m.group(1);
                int port = Integer.parseInt(m.group(2));
                JsonNode callerPolicy = Rendered.find(objects, "NetworkPolicy", caller).orElse(null);
                JsonNode calleePolicy = Rendered.find(objects, "NetworkPolicy", callee).orElse(null);
                check(v, callerPolicy != null && has(callerPolicy.path("spec").path("egress"),
                        rule -> peers(rule.path("to"), callee) && ports(rule.path("ports"), port)),
                        "NetworkPolicy/" + caller, "no egress to " + callee + " on " + port + " (" + url + ")");
                check(v, calleePolicy != null && has(calleePolicy.path("spec").path("ingress"),
                        rule -> peers(rule.path("from"), caller) && ports(rule.path("ports"), port)),
                        "NetworkPolicy/" + callee, "no ingress from " + caller + " on " + port);
            }
        }
        return v;
    }

    /**
     * Each service whose code uses a database ({@link Needs}): its database (the last segment of its JDBC URL on
     * sip-postgres) exists in the CloudNativePG cluster:
     * initdb's database, or a Database of a managed role. Its migrations log in as the database's owner (the Secret of
     * QUARKUS_FLYWAY_PASSWORD is the owner's), and the service itself as a managed role that is not the owner, so that
     * it holds only what the migrations grant it and cannot undo the access log's protection.
     */
    List<String> databases() {
        List<String> v = new ArrayList<>();
        JsonNode cluster = Rendered.find(objects, "Cluster", "sip-postgres").orElse(null);
        if (cluster == null) {
            return List.of("Cluster/sip-postgres: missing");
        }
        Map<String, String> ownerOf = new TreeMap<>();
        Map<String, String> secretOf = new TreeMap<>();
        Set<String> managedSecrets = new TreeSet<>();
        JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
        ownerOf.put(initdb.path("database").asText(), initdb.path("owner").asText());
        secretOf.put(initdb.path("owner").asText(), initdb.path("secret").path("name").asText());
        cluster.path("spec").path("managed").path("roles").forEach(r -> {
            secretOf.put(r.path("name").asText(), r.path("passwordSecret").path("name").asText());
            managedSecrets.add(r.path("passwordSecret").path("name").asText());
        });
        Rendered.ofKind(objects, "Database").stream()
                .filter(d -> d.path("spec").path("cluster").path("name").asText().equals("sip-postgres"))
                .forEach(d -> ownerOf.put(d.path("spec").path("name").asText(), d.path("spec").path("owner").asText()));
        for (JsonNode deployment : Rendered.ofKind(objects, "Deployment")) {
            if (!needs(Rendered.name(deployment)).database()) {
                continue; // no database to create, and none to be given: onlyWhatItUses()
            }
            String id = Rendered.id(deployment);
            String url = configMapData(Rendered.name(deployment) + "-config").getOrDefault("QUARKUS_DATASOURCE_JDBC_URL",
                    "");
            Matcher m = JDBC_URL.matcher(url);
            if (!m.find()) {
                v.add(id + ": QUARKUS_DATASOURCE_JDBC_URL '" + url + "' names no database of sip-postgres");
                continue;
            }
            String database = m.group(1);
            String owner = ownerOf.get(database);
            if (owner == null) {
                v.add(id + ": database " + database + " is neither initdb's nor a Database of sip-postgres");
                continue;
            }
            String ownerSecret = secretOf.get(owner);
            String migrationSecret = secretNameOf(deployment, "QUARKUS_FLYWAY_PASSWORD");
            if (migrationSecret.isEmpty()) {
                v.add(id + ": QUARKUS_FLYWAY_PASSWORD is not from a Secret: its migrations would run as the service's "
                        + "own login, not as the owner " + owner + " of database " + database);
            } else {
                check(v, migrationSecret.equals(ownerSecret), id, "migrates with Secret '" + migrationSecret
                        + "', but the owner " + owner + " of database " + database + " has Secret '" + ownerSecret
                        + "'");
            }
            String runtimeSecret = secretNameOf(deployment, "QUARKUS_DATASOURCE_PASSWORD");
            if (runtimeSecret.equals(ownerSecret)) {
                v.add(id + ": logs in with Secret '" + runtimeSecret + "' as " + owner + ", the owner of database "
                        + database + "; the service must log in as a role that does not own it");
            } else {
                check(v, managedSecrets.contains(runtimeSecret), id, "logs in with Secret '" + runtimeSecret
                        + "', which no managed role of sip-postgres has");
            }
        }
        return v;
    }

    /**
     * A service is given the database and Kafka its code uses ({@link Needs}) and nothing of what it does not: no
     * database login or settings, no KafkaUser, Kafka credentials or CA, and no way to either in the NetworkPolicies;
     * one that does use them may reach them. fhir-service, which holds no data and only calls the others, is the
     * service that uses neither.
     */
    List<String> onlyWhatItUses() {
        List<String> v = new ArrayList<>();
        List<JsonNode> postgresPolicies = Rendered.ofKind(objects, "NetworkPolicy").stream()
                .filter(n -> n.path("spec").path("podSelector").path("matchLabels").has(POSTGRES_LABEL)).toList();
        Map<String, String> common = configMapData("sip-common");
        for (JsonNode deployment : Rendered.ofKind(objects, "Deployment")) {
            String service = Rendered.name(deployment);
            String id = Rendered.id(deployment);
            Needs uses = needs(service);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            JsonNode policy = Rendered.find(objects, "NetworkPolicy", service).orElse(null);
            Map<String, String> fromSecrets = new TreeMap<>();
            for (JsonNode c : pod.path("containers")) {
                c.path("env").forEach(e -> {
                    JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                    if (!ref.isMissingNode()) {
                        fromSecrets.put(e.path("name").asText(), ref.path("name").asText());
                    }
                });
            }
            boolean reachesPostgres = egressToPodsLabelled(policy, POSTGRES_LABEL);
            boolean reachesKafka = egressToPodsLabelled(policy, KAFKA_LABEL);
            boolean postgresAdmits = has(postgresPolicies, p -> has(p.path("spec").path("ingress"),
                    rule -> has(rule.path("from"), peer -> names(peer.path("podSelector"), service))));
            if (uses.database()) {
                check(v, reachesPostgres, "NetworkPolicy/" + service, "no egress to its database (" + POSTGRES_LABEL
                        + " pods)");
                check(v, postgresAdmits, "NetworkPolicy/sip-postgres", "does not admit " + service
                        + ", whose code uses its database");
            } else {
                String unused = ", but its code uses no database";
                fromSecrets.keySet().stream().filter(e -> DATABASE_SETTING.matcher(e).find()).forEach(e -> v.add(id
                        + ": takes " + e + " from Secret " + fromSecrets.get(e) + unused));
                configMapData(service + "-config").keySet().stream().filter(k -> DATABASE_SETTING.matcher(k).find())
                        .forEach(k -> v.add("ConfigMap/" + service + "-config: sets " + k + unused));
                check(v, !reachesPostgres, "NetworkPolicy/" + service, "egress to the database" + unused);
                check(v, !postgresAdmits, "NetworkPolicy/sip-postgres", "admits " + service + unused);
            }
            if (uses.kafka()) {
                check(v, reachesKafka, "NetworkPolicy/" + service, "no egress to Kafka (" + KAFKA_LABEL + " pods)");
            } else {
                String unused = ", but its code uses no Kafka";
                Rendered.find(objects, "KafkaUser", service).ifPresent(u -> v.add("KafkaUser/" + service + ": exists"
                        + unused));
                fromSecrets.keySet().stream().filter(e -> e.startsWith("KAFKA_")).forEach(e -> v.add(id + ": takes " + e
                        + " from Secret " + fromSecrets.get(e) + unused));
                String truststore = common.get("KAFKA_SSL_TRUSTSTORE_LOCATION");
                if (truststore != null) {
                    for (JsonNode c : pod.path("containers")) {
                        String ca = secretFileAt(pod, c, truststore);
                        check(v, ca.isEmpty(), id, "mounts Secret " + ca + " at " + truststore + unused);
                    }
                }
                check(v, !reachesKafka, "NetworkPolicy/" + service, "egress to Kafka" + unused);
            }
        }
        return v;
    }

    /** Whether a policy lets its pods out to pods that carry the label (an operator's: cnpg.io/cluster, ...). */
    private static boolean egressToPodsLabelled(JsonNode policy, String label) {
        return policy != null && has(policy.path("spec").path("egress"), rule -> has(rule.path("to"),
                peer -> peer.path("podSelector").path("matchLabels").has(label)));
    }

    /** Whether a pod selector names the app (app.kubernetes.io/name), by its label or in an "In" expression. */
    private static boolean names(JsonNode podSelector, String app) {
        return app.equals(podSelector.path("matchLabels").path("app.kubernetes.io/name").asText())
                || has(podSelector.path("matchExpressions"),
                        e -> e.path("key").asText().equals("app.kubernetes.io/name")
                                && e.path("operator").asText().equals("In") && contains(e.path("values"), app));
    }

    /**
     * What the service's code uses: a database or Kafka when its module's compile dependencies bring them
     * ({@link #DATABASE_DEPENDENCIES}, {@link #KAFKA_DEPENDENCIES}); Kafka too when its application.properties names a
     * channel or {@link #OWN_TOPIC} a topic it publishes.
     */
    Needs needs(String service) {
        return needs.computeIfAbsent(service, s -> {
            Set<String> dependencies = compileDependencies(s);
            boolean channels = applicationProperties(s).stringPropertyNames().stream()
                    .anyMatch(k -> k.startsWith("mp.messaging."));
            return new Needs(dependencies.stream().anyMatch(DATABASE_DEPENDENCIES::contains),
                    channels || OWN_TOPIC.getOrDefault(s, Optional.empty()).isPresent()
                            || dependencies.stream().anyMatch(KAFKA_DEPENDENCIES::contains));
        });
    }

    /** groupId:artifactId of each dependency the module's pom declares itself (not in a profile), tests' left out. */
    private Set<String> compileDependencies(String service) {
        Path pom = repoRoot.resolve(service + "/pom.xml");
        Set<String> dependencies = new TreeSet<>();
        try {
            Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                    .getDocumentElement();
            for (Element list : children(project, "dependencies")) {
                for (Element dependency : children(list, "dependency")) {
                    if (!text(dependency, "scope").equals("test")) {
                        dependencies.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("the Deployment " + service + " has no readable module pom " + pom, e);
        }
        return dependencies;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                children.add(e);
            }
        }
        return children;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().trim();
    }

    /**
     * Operators see every service: a ServiceMonitor scrapes /q/metrics on a named port of each service's Service (so
     * the job label, which the alerts and the dashboard group by, is the Service's name), and the alerting rules and
     * the Grafana dashboard are rendered.
     */
    List<String> monitoring() {
        List<String> v = new ArrayList<>();
        List<JsonNode> monitors = Rendered.ofKind(objects, "ServiceMonitor");
        for (JsonNode deployment : Rendered.ofKind(objects, "Deployment")) {
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
            check(v, has(Rendered.ofKind(objects, "Service"), s -> selects(s.path("spec").path("selector"), labels)
                    && has(monitors, m -> scrapes(m, s))), Rendered.id(deployment),
                    "no ServiceMonitor scrapes /q/metrics on a port of its Service");
        }
        check(v, !Rendered.ofKind(objects, "PrometheusRule").isEmpty(), "PrometheusRule",
                "none is rendered: no alert would fire");
        check(v, has(Rendered.ofKind(objects, "ConfigMap"),
                c -> c.path("metadata").path("labels").path("grafana_dashboard").asText().equals("1")), "ConfigMap",
                "none is labelled grafana_dashboard: \"1\": Grafana would show no dashboard");
        return v;
    }

    /** The ServiceMonitor selects the Service by its labels (matchLabels only) and scrapes /q/metrics on its port. */
    private static boolean scrapes(JsonNode monitor, JsonNode service) {
        JsonNode selector = monitor.path("spec").path("selector");
        Set<String> ports = new TreeSet<>();
        service.path("spec").path("ports").forEach(p -> ports.add(p.path("name").asText()));
        return selector.path("matchExpressions").isEmpty()
                && selects(selector.path("matchLabels"), service.path("metadata").path("labels"))
                && has(monitor.path("spec").path("endpoints"), e -> ports.contains(e.path("port").asText())
                        && e.path("path").asText().equals("/q/metrics"));
    }

    /** The name of the Secret a Deployment's env variable takes its value from; empty when none. */
    private static String secretNameOf(JsonNode deployment, String variable) {
        String secret = "";
        for (JsonNode c : deployment.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode env : c.path("env")) {
                if (env.path("name").asText().equals(variable)) {
                    secret = env.path("valueFrom").path("secretKeyRef").path("name").asText();
                }
            }
        }
        return secret;
    }

    /**
     * prod: several pods (the autoscaler's minimum; a Deployment names no replica count below it), spread over nodes,
     * a budget that keeps one, images pinned by digest, topics replicated.
     */
    List<String> production() {
        List<String> v = new ArrayList<>();
        for (JsonNode d : Rendered.ofKind(objects, "Deployment")) {
            String id = Rendered.id(d);
            check(v, !d.path("spec").has("replicas") || d.path("spec").path("replicas").asInt() >= 2, id,
                    "fewer than 2 replicas");
            check(v, !d.path("spec").path("template").path("spec").path("topologySpreadConstraints").isEmpty(), id,
                    "no topologySpreadConstraints");
            d.path("spec").path("template").path("spec").path("containers").forEach(c -> check(v,
                    c.path("image").asText().matches(".+@sha256:[0-9a-f]{64}"), id, "image not pinned by digest: "
                            + c.path("image").asText()));
        }
        for (JsonNode h : Rendered.ofKind(objects, "HorizontalPodAutoscaler")) {
            check(v, h.path("spec").path("minReplicas").asInt(1) >= 2, Rendered.id(h), "minReplicas below 2");
        }
        for (JsonNode p : Rendered.ofKind(objects, "PodDisruptionBudget")) {
            check(v, p.path("spec").path("minAvailable").asInt(0) >= 1, Rendered.id(p), "no minAvailable of 1 or more");
        }
        for (JsonNode t : Rendered.ofKind(objects, "KafkaTopic")) {
            check(v, t.path("spec").path("replicas").asInt() == 3, Rendered.id(t), "replicas is not 3");
            check(v, t.path("spec").path("config").path("min.insync.replicas").asInt() == 2, Rendered.id(t),
                    "min.insync.replicas is not 2");
            check(v, t.path("spec").path("config").has("retention.ms"), Rendered.id(t), "no retention.ms");
        }
        return v;
    }

    private Properties applicationProperties(String service) {
        Properties props = new Properties();
        Path file = repoRoot.resolve(service + "/src/main/resources/application.properties");
        try (Reader in = Files.newBufferedReader(file)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the Deployment " + service + " has no module " + file, e);
        }
        return props;
    }

    private Map<String, String> configMapData(String name) {
        Map<String, String> data = new TreeMap<>();
        Rendered.find(objects, "ConfigMap", name).ifPresent(cm -> cm.path("data").fields()
                .forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText())));
        return data;
    }

    private static void probe(List<String> v, String id, JsonNode container, String probe, String path) {
        check(v, container.path(probe).path("httpGet").path("path").asText().equals(path), id,
                probe + " is not an httpGet on " + path);
    }

    private static boolean peers(JsonNode peers, String app) {
        return has(peers, p -> !p.has("namespaceSelector") && app.equals(
                p.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText()));
    }

    private static boolean ports(JsonNode ports, int port) {
        return has(ports, p -> p.path("port").asInt() == port);
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        List<Map.Entry<String, JsonNode>> wanted = new ArrayList<>();
        selector.fields().forEachRemaining(wanted::add);
        return wanted.stream().allMatch(e -> e.getValue().asText().equals(labels.path(e.getKey()).asText(null)));
    }

    private static boolean has(Iterable<JsonNode> nodes, Predicate<JsonNode> test) {
        for (JsonNode node : nodes) {
            if (test.test(node)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode array, String value) {
        return has(array, n -> n.asText().equals(value));
    }

    private static void check(List<String> violations, boolean holds, String id, String violation) {
        if (!holds) {
            violations.add(id + ": " + violation);
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
