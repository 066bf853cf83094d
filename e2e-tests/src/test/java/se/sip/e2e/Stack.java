package se.sip.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;

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

    private static final Logger LOG = Logger.getLogger(Stack.class);
    private static final Duration READY_BOUND = Duration.ofSeconds(150);
    private static Stack running;

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
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
            for (String name : List.of(CONSENT, MEETING, PLAN, NOTIFICATION)) {
                Files.deleteIfExists(logDir.resolve(name + ".log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String name : List.of(CONSENT, MEETING, PLAN, NOTIFICATION)) {
            ports.put(name, freePort());
        }
        stack.mail = new MailCatcher();
        stack.webhooks = new WebhookReceiver();
        Map<String, String> env = environment(infra, "http://127.0.0.1:" + ports.get(CONSENT),
                "http://127.0.0.1:" + ports.get(MEETING), stack.mail.port());
        ports.forEach((name, port) -> stack.services.put(name, new ServiceProcess(name, port, root, logDir, env)));
        try {
            stack.services.values().forEach(ServiceProcess::start);
            CompletableFuture.allOf(stack.services.values().stream()
                    .map(s -> CompletableFuture.runAsync(() -> s.awaitReady(READY_BOUND)))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        LOG.infof("Stack ready in %d ms: %s (logs in %s)", Duration.ofNanos(System.nanoTime() - began).toMillis(),
                ports, logDir);
        running = stack;
        return stack;
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

    /** The partners' webhook endpoint of this run. */
    static WebhookReceiver webhooks() {
        return running.webhooks;
    }

    /** What start.sh exports for every service, pointed at this run's database, broker, keys and ports. */
    private static Map<String, String> environment(Map<String, String> infra, String consentUrl, String meetingUrl,
            int smtpPort) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", infra.get("quarkus.datasource.jdbc.url"));
        env.put("QUARKUS_DATASOURCE_USERNAME", infra.get("quarkus.datasource.username"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", infra.get("quarkus.datasource.password"));
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.get("kafka.bootstrap.servers"));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", infra.get("mp.jwt.verify.publickey.location"));
        env.put("MP_JWT_VERIFY_ISSUER", infra.get("mp.jwt.verify.issuer"));
        env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", infra.get("smallrye.jwt.sign.key.location"));
        env.put("SIP_PERSON_REF_SECRET", HexFormat.of().formatHex(new SecureRandom().generateSeed(32)));
        env.put("SIP_CONSENT_SERVICE_URL", consentUrl);
        // notification-service fetches the invitees' addresses and the .ics from meeting-service.
        env.put("SIP_MAIL_MEETING_SERVICE_URL", meetingUrl);
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", Integer.toString(smtpPort));
        env.put("SIP_MAIL_POLL_INTERVAL", "PT1S");
        // As the local stack: webhooks to a receiver on this machine, over http.
        env.put("SIP_WEBHOOKS_ALLOWED_HOSTS", "127.0.0.1,localhost");
        return env;
    }

    @Override
    public synchronized void close() {
        // In parallel too: each stop waits up to 20 s for its process.
        CompletableFuture.allOf(services.values().stream().map(s -> CompletableFuture.runAsync(s::stop))
                .toArray(CompletableFuture[]::new)).join();
        services.clear();
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
