package se.sip.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.logging.Logger;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import se.sip.testinfra.InfrastructureResource;

/**
 * The whole system as the local stack runs it (deploy/local/start.sh): one real PostgreSQL and one real Kafka broker
 * (test-infra's), and the four packaged services as separate JVM processes on free ports, each in its own schema of
 * the one database. Started once for every test class of the run (the root store closes it at the end of the run,
 * also after a failure; a shutdown hook covers a run that is killed), started in parallel.
 */
public final class Stack implements BeforeAllCallback, AutoCloseable {

    public static final String CONSENT = "consent-service";
    public static final String MEETING = "meeting-service";
    public static final String PLAN = "plan-service";
    public static final String NOTIFICATION = "notification-service";
    /** Holds no data: reads the four above with the caller's token (FHIR R4). */
    public static final String FHIR = "fhir-service";
    private static final List<String> SERVICES = List.of(CONSENT, MEETING, PLAN, NOTIFICATION, FHIR);

    private static final Logger LOG = Logger.getLogger(Stack.class);
    private static final Duration READY_BOUND = Duration.ofSeconds(150);
    private static Stack running;

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    /** A second replica of each service, while a story runs two (same database, same broker, same groups). */
    private final Map<String, ServiceProcess> secondReplicas = new LinkedHashMap<>();
    private Path root;
    private Path logDir;
    /** Each service's environment, by service. */
    private final Map<String, Map<String, String>> env = new LinkedHashMap<>();
    private Path clockOffset;
    private MailCatcher mail;
    private WebhookReceiver webhooks;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Stack.class, k -> start(),
                Stack.class);
    }

    /** The base URL of a running service, e.g. {@code http://127.0.0.1:40123}. */
    public static String url(String service) {
        if (running == null) {
            throw new IllegalStateException("The stack is not started: annotate the test class with"
                    + " @ExtendWith(Stack.class)");
        }
        return running.services.get(service).baseUrl();
    }

    private static synchronized Stack start() {
        long began = System.nanoTime();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        Map<String, String> infra = InfrastructureResource.ensureStarted();
        Stack stack = new Stack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "e2e-stack-shutdown"));
        Path root = Path.of(System.getProperty("sip.e2e.repo-root", "..")).toAbsolutePath().normalize();
        Path logDir = Path.of(System.getProperty("sip.e2e.log-dir", "target/e2e-logs"));
        try {
            Files.createDirectories(logDir);
            Files.deleteIfExists(logDir.resolve("clock-offset"));
            for (String name : SERVICES) {
                Files.deleteIfExists(logDir.resolve(name + ".log"));
                Files.deleteIfExists(logDir.resolve(name + "-2.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String name : SERVICES) {
            ports.put(name, freePort());
        }
        stack.mail = new MailCatcher();
        stack.webhooks = new WebhookReceiver();
        stack.clockOffset = logDir.resolve("clock-offset").toAbsolutePath();
        stack.root = root;
        stack.logDir = logDir;
        try {
            Map<String, String> values = machine(infra, ports, stack.mail.port());
            ports.forEach((name, port) -> {
                stack.env.put(name, environment(root, name, values, stack.clockOffset));
                stack.services.put(name, new ServiceProcess(name, name, port, root, logDir, stack.env.get(name)));
            });
            startAll(stack.services);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        LOG.infof("Stack ready in %d ms: %s (logs in %s)", Duration.ofNanos(System.nanoTime() - began).toMillis(),
                ports, logDir);
        running = stack;
        return stack;
    }

    private static void startAll(Map<String, ServiceProcess> processes) {
        processes.values().forEach(ServiceProcess::start);
        CompletableFuture.allOf(processes.values().stream()
                .map(s -> CompletableFuture.runAsync(() -> s.awaitReady(READY_BOUND)))
                .toArray(CompletableFuture[]::new)).join();
    }

    /** Starts a second replica of every service, as a Deployment with two pods runs them; returns once all are ready. */
    static synchronized void startSecondReplicas() {
        for (String name : running.services.keySet()) {
            running.secondReplicas.put(name, new ServiceProcess(name, name + "-2", freePort(), running.root,
                    running.logDir, running.env.get(name)));
        }
        startAll(running.secondReplicas);
    }

    /** The base URL of one replica: 1 is the stack's own, 2 the one {@link #startSecondReplicas()} started. */
    static String url(String service, int replica) {
        return replica == 1 ? url(service) : running.secondReplicas.get(service).baseUrl();
    }

    /** Stops the second replicas as Kubernetes stops a pod (SIGTERM); returns each one's log. */
    static synchronized Map<String, Path> stopSecondReplicas() {
        Map<String, Path> logs = new LinkedHashMap<>();
        running.secondReplicas.forEach((name, process) -> logs.put(name, process.log));
        stopAll(running.secondReplicas);
        return logs;
    }

    private static void stopAll(Map<String, ServiceProcess> processes) {
        // In parallel: each stop waits up to 20 s for its process.
        CompletableFuture.allOf(processes.values().stream().map(s -> CompletableFuture.runAsync(s::stop))
                .toArray(CompletableFuture[]::new)).join();
        processes.clear();
    }

    /** kill -9 of one service. */
    static void kill(String service) {
        running.services.get(service).kill();
    }

    /** A killed service started again on its port, with its data; returns once it is ready. */
    static void startAgain(String service) {
        ServiceProcess process = running.services.get(service);
        process.start();
        process.awaitReady(READY_BOUND);
    }

    /**
     * Moves the clock of every service to the same Swedish wall-clock time {@code days} calendar days ahead: across a
     * change to or from summer time that is an hour more or less than {@code days} × 24 hours, and a story run late in
     * the evening would otherwise land on the next day.
     */
    static void moveClockDays(long days) {
        ZonedDateTime now = ZonedDateTime.now(Bodies.SWEDEN);
        moveClock(Duration.between(now, now.plusDays(days)));
    }

    /**
     * Moves the clock of every service to this far ahead of the real time (zero: back to it). Tokens, Kafka and the
     * database keep the real time; only the services' rules see the moved one.
     */
    static void moveClock(Duration ahead) {
        try {
            Path next = Files.writeString(Files.createTempFile(running.clockOffset.getParent(), "clock", ".tmp"),
                    ahead.toString());
            Files.move(next, running.clockOffset, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The partners' webhook endpoint of this run. */
    static WebhookReceiver webhooks() {
        return running.webhooks;
    }

    /**
     * This run's values for the {@code ${…}} of the services' settings on one machine ({@link LocalSettings}): the
     * database, broker and keys of test-infra, a fresh personRef secret, the ports of this run.
     */
    private static Map<String, String> machine(Map<String, String> infra, Map<String, Integer> ports, int smtpPort) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("DB_URL", infra.get("quarkus.datasource.jdbc.url"));
        values.put("DB_USER", infra.get("quarkus.datasource.username"));
        values.put("DB_PASSWORD", infra.get("quarkus.datasource.password"));
        values.put("DB_MIGRATION_USER", infra.getOrDefault("quarkus.flyway.username", ""));
        values.put("DB_MIGRATION_PASSWORD", infra.getOrDefault("quarkus.flyway.password", ""));
        values.put("KAFKA", infra.get("kafka.bootstrap.servers"));
        values.put("JWT_VERIFY_KEYS", infra.get("mp.jwt.verify.publickey.location"));
        values.put("JWT_ISSUER", infra.get("mp.jwt.verify.issuer"));
        values.put("JWT_AUDIENCE", infra.get("mp.jwt.verify.audiences"));
        values.put("SERVICE_KEYS", InfrastructureResource.serviceKeyDirectory());
        values.put("PERSON_REF_SECRET", HexFormat.of().formatHex(new SecureRandom().generateSeed(32)));
        values.put("WEBHOOK_SECRET_KEY", java.util.Base64.getEncoder().encodeToString(
                new SecureRandom().generateSeed(32)));
        values.put("CONSENT_PORT", Integer.toString(ports.get(CONSENT)));
        values.put("MEETING_PORT", Integer.toString(ports.get(MEETING)));
        values.put("PLAN_PORT", Integer.toString(ports.get(PLAN)));
        values.put("NOTIFICATION_PORT", Integer.toString(ports.get(NOTIFICATION)));
        values.put("MAIL_PORT", Integer.toString(smtpPort));
        return values;
    }

    /**
     * A service's environment: its settings on one machine, as the local stack gives them, and what only these
     * stories need, so that time moves at once and the schedulers see it within a second.
     */
    private static Map<String, String> environment(Path root, String service, Map<String, String> values,
            Path clockOffset) {
        Map<String, String> env = new LinkedHashMap<>(LocalSettings.of(root, service, values));
        // Every service reads one offset file: moving it moves the time of the whole stack (ClockProducer).
        env.put("SIP_CLOCK_OFFSET_FILE", clockOffset.toString());
        env.put("SIP_PLAN_MILESTONE_SCAN_INTERVAL", "1s");
        env.put("SIP_MAIL_POLL_INTERVAL", "PT1S");
        // consent-service announces and expires consents every second, so a moved clock shows at once.
        env.put("SIP_CONSENT_EXPIRY_INTERVAL", "1s");
        return env;
    }

    @Override
    public synchronized void close() {
        stopAll(secondReplicas);
        stopAll(services);
        running = null;
        if (webhooks != null) {
            webhooks.close();
            webhooks = null;
        }
        if (mail != null) {
            mail.close();
            mail = null;
        }
        InfrastructureResource.shutdown();
    }

    /**
     * A port free now, below Linux's ephemeral range (32768 and up): a port from that range can be taken by any
     * outgoing connection (a Kafka or JDBC client) in the seconds before the service binds it.
     */
    private static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20000, 32000);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // Try another.
            }
        }
        throw new IllegalStateException("No free port between 20000 and 32000");
    }
}
