package se.sip.testinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import org.jboss.logging.Logger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives a test run a real PostgreSQL and a real Kafka broker on free ports. The database {@code sip} is owned by the
 * role {@code sip}, which runs the migrations; the services run as {@code sip_app}, with only the rights the
 * migrations grant it, as in a deployment. The first {@link #start()} starts them, later ones share them, and {@link #stop()}
 * (Quarkus calls it when the application shuts down) or, failing that, JVM exit stops them.
 * Quarkus loads this class afresh for each test profile, so each profile gets its own.
 * Steps aside for infrastructure that already runs: {@code SIP_TEST_DB_URL} (with
 * {@code SIP_TEST_DB_USER}, {@code SIP_TEST_DB_PASSWORD}, and {@code SIP_TEST_DB_MIGRATION_USER} with
 * {@code SIP_TEST_DB_MIGRATION_PASSWORD} when another role owns the schemas) and {@code SIP_TEST_KAFKA_BOOTSTRAP}.
 */
public class InfrastructureResource implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(InfrastructureResource.class);

    // Held so the levels stick: Kafka and PostgreSQL log at INFO before Quarkus applies its own config.
    private static final List<org.jboss.logmanager.Logger> QUIET_LOGGERS = List.of(
            org.jboss.logmanager.Logger.getLogger("kafka"),
            org.jboss.logmanager.Logger.getLogger("org.apache.kafka"),
            org.jboss.logmanager.Logger.getLogger("state.change.logger"),
            org.jboss.logmanager.Logger.getLogger("io.zonky.test.db.postgres"));

    private static EmbeddedPostgres postgres;
    private static KafkaBroker kafka;
    private static Path verificationKeys;
    private static Path serviceKeys;
    private static Map<String, String> config;
    private static boolean shutdownHookAdded;

    @Override
    public Map<String, String> start() {
        return ensureStarted();
    }

    @Override
    public void stop() {
        shutdown();
    }

    /** Starts whatever is not running yet and returns the configuration that points at it. */
    public static synchronized Map<String, String> ensureStarted() {
        if (config != null) {
            return config;
        }
        if (!shutdownHookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(InfrastructureResource::shutdown, "sip-test-infra-shutdown"));
            shutdownHookAdded = true;
        }
        QUIET_LOGGERS.forEach(logger -> logger.setLevel(Level.WARNING));
        long started = System.nanoTime();
        try {
            Map<String, String> settings = new LinkedHashMap<>(database());
            settings.putAll(kafka());
            verificationKeys = Files.createTempFile("sip-jwt-", ".jwks");
            Files.writeString(verificationKeys, Tokens.verificationKeySet());
            settings.put("mp.jwt.verify.publickey.location", verificationKeys.toString());
            settings.put("mp.jwt.verify.issuer", Tokens.ISSUER);
            settings.put("mp.jwt.verify.audiences", Tokens.AUDIENCE);
            serviceKeys = Files.createTempDirectory("sip-service-keys-");
            for (String service : Tokens.SERVICES) {
                Files.writeString(serviceKeys.resolve(service + ".pem"), Tokens.servicePrivateKeyPem(service));
            }
            // Each service signs with its own key, as in a deployment.
            settings.put("smallrye.jwt.sign.key.location", serviceKeys + "/${quarkus.application.name}.pem");
            for (org.jboss.logmanager.Logger logger : QUIET_LOGGERS) {
                settings.put("quarkus.log.category.\"" + logger.getName() + "\".level", "WARN");
            }
            config = Collections.unmodifiableMap(settings);
        } catch (Exception e) {
            shutdown();
            throw new IllegalStateException("Could not start the test infrastructure", e);
        }
        LOG.infof("Test infrastructure ready in %d ms: %s, Kafka at %s", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                jdbcUrl(), kafkaBootstrapServers());
        return config;
    }

    /** Stops everything this class started; a no-op when nothing runs. */
    public static synchronized void shutdown() {
        config = null;
        Exception failure = null;
        if (kafka != null) {
            try {
                kafka.close();
            } catch (Exception e) {
                failure = e;
            }
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (Exception e) {
                failure = addTo(failure, e);
            }
            postgres = null;
        }
        try {
            if (verificationKeys != null) {
                Files.deleteIfExists(verificationKeys);
            }
            if (serviceKeys != null) {
                for (String service : Tokens.SERVICES) {
                    Files.deleteIfExists(serviceKeys.resolve(service + ".pem"));
                }
                Files.deleteIfExists(serviceKeys);
            }
        } catch (Exception e) {
            failure = addTo(failure, e);
        }
        verificationKeys = null;
        serviceKeys = null;
        if (failure != null) {
            throw new IllegalStateException("Could not stop the test infrastructure cleanly", failure);
        }
    }

    public static String jdbcUrl() {
        return setting("quarkus.datasource.jdbc.url");
    }

    public static String dbUsername() {
        return setting("quarkus.datasource.username");
    }

    public static String dbPassword() {
        return setting("quarkus.datasource.password");
    }

    /** The directory of our services' signing keys, {@code <service>.pem} each. */
    public static String serviceKeyDirectory() {
        return serviceKeys.toString();
    }

    public static String kafkaBootstrapServers() {
        return setting("kafka.bootstrap.servers");
    }

    /** False when the broker is external ({@code SIP_TEST_KAFKA_BOOTSTRAP}) and cannot be stopped. */
    public static synchronized boolean ownsKafka() {
        return kafka != null;
    }

    /** Stops the broker, keeping its data, to simulate an outage; see {@link #startKafka()}. */
    public static synchronized void stopKafka() {
        ownKafka().stop();
    }

    /** Starts the broker again, on the same port and with the same data. */
    public static synchronized void startKafka() {
        ownKafka().start();
    }

    private static Map<String, String> database() throws IOException, SQLException {
        String url = System.getenv("SIP_TEST_DB_URL");
        if (url != null) {
            Map<String, String> external = new LinkedHashMap<>(Map.of("quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", System.getenv().getOrDefault("SIP_TEST_DB_USER", "sip"),
                    "quarkus.datasource.password", System.getenv().getOrDefault("SIP_TEST_DB_PASSWORD", "sip")));
            String owner = System.getenv("SIP_TEST_DB_MIGRATION_USER");
            if (owner != null) {
                external.put("quarkus.flyway.username", owner);
                external.put("quarkus.flyway.password", System.getenv().getOrDefault("SIP_TEST_DB_MIGRATION_PASSWORD", ""));
            }
            return external;
        }
        // One extraction of the 58 MB of binaries serves every module's test run.
        if (System.getProperty("ot.epg.working-dir") == null) {
            System.setProperty("ot.epg.working-dir", Path.of(System.getProperty("java.io.tmpdir"), "sip-embedded-pg").toString());
        }
        // Our shutdown hook closes it; a second hook of its own would race ours.
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE sip LOGIN PASSWORD 'sip'");
            statement.execute("CREATE ROLE sip_app LOGIN PASSWORD 'sip_app'");
            statement.execute("CREATE DATABASE sip OWNER sip");
        }
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/sip",
                "quarkus.datasource.username", "sip_app",
                "quarkus.datasource.password", "sip_app",
                "quarkus.flyway.username", "sip",
                "quarkus.flyway.password", "sip");
    }

    private static Map<String, String> kafka() throws IOException {
        String bootstrap = System.getenv("SIP_TEST_KAFKA_BOOTSTRAP");
        if (bootstrap == null) {
            kafka = new KafkaBroker();
            kafka.start();
            bootstrap = kafka.bootstrapServers();
        }
        return Map.of("kafka.bootstrap.servers", bootstrap);
    }

    private static synchronized String setting(String key) {
        if (config == null) {
            throw new IllegalStateException("InfrastructureResource is not started");
        }
        return config.get(key);
    }

    private static KafkaBroker ownKafka() {
        if (kafka == null) {
            throw new IllegalStateException("No embedded Kafka broker runs (not started, or SIP_TEST_KAFKA_BOOTSTRAP is set)");
        }
        return kafka;
    }

    private static Exception addTo(Exception first, Exception next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
