package se.sip.testinfra;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class InfrastructureResourceTest {

    private static final String TOPIC = "infra-check";
    private static final Duration BOUND = Duration.ofSeconds(60);

    @Test
    void startsPostgresAndKafkaSurvivesABrokerRestartAndLeavesNothingRunning() throws Exception {
        Set<Thread> threadsBefore = nonDaemonThreads();
        InfrastructureResource resource = new InfrastructureResource();
        long started = System.nanoTime();
        Map<String, String> config = resource.start();
        System.out.printf("InfrastructureResource.start() took %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

        String bootstrap = config.get("kafka.bootstrap.servers");
        int kafkaPort = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        int postgresPort = URI.create(config.get("quarkus.datasource.jdbc.url").substring("jdbc:".length())).getPort();
        Path verificationKeys = Path.of(config.get("mp.jwt.verify.publickey.location"));
        try {
            assertSame(config, new InfrastructureResource().start(), "a second start() reuses what runs");
            assertEquals(Tokens.verificationKeySet(), Files.readString(verificationKeys));
            assertEquals(Tokens.ISSUER, config.get("mp.jwt.verify.issuer"));
            assertEquals("sip/sip_app", databaseAndUser(config));

            try (KafkaProducer<String, String> producer = producer(bootstrap);
                    KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
                producer.send(new ProducerRecord<>(TOPIC, "before restart")).get(BOUND.toSeconds(), TimeUnit.SECONDS);
                consumer.subscribe(List.of(TOPIC));
                awaitRecord(consumer, "before restart");

                InfrastructureResource.stopKafka();
                assertFalse(isOpen(kafkaPort), "broker port closed while stopped");
                InfrastructureResource.startKafka();

                producer.send(new ProducerRecord<>(TOPIC, "after restart")).get(BOUND.toSeconds(), TimeUnit.SECONDS);
                awaitRecord(consumer, "after restart");
            }
        } finally {
            resource.stop();
        }

        assertFalse(isOpen(postgresPort), "PostgreSQL stopped");
        assertFalse(isOpen(kafkaPort), "Kafka stopped");
        assertFalse(Files.exists(verificationKeys), "key files removed");
        assertFalse(InfrastructureResource.ownsKafka());
        await().pollInSameThread().atMost(Duration.ofSeconds(10)) // no awaitility thread among the new ones
                .untilAsserted(() -> assertEquals(List.of(), newNonDaemonThreads(threadsBefore)));
    }

    // The broker's threads are non-daemon: any left over would mean it is still (partly) running.
    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> !thread.isDaemon()).collect(Collectors.toSet());
    }

    private static List<String> newNonDaemonThreads(Set<Thread> before) {
        return nonDaemonThreads().stream().filter(thread -> !before.contains(thread)).map(Thread::getName).sorted().toList();
    }

    private static String databaseAndUser(Map<String, String> config) throws SQLException {
        try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_database() || '/' || current_user")) {
            assertTrue(row.next());
            return row.getString(1);
        }
    }

    private static void awaitRecord(KafkaConsumer<String, String> consumer, String value) {
        List<String> seen = new ArrayList<>();
        // In this thread: a KafkaConsumer belongs to one thread.
        await().pollInSameThread().atMost(BOUND).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> seen.add(record.value()));
            return seen.contains(value);
        });
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "infra-check");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private static boolean isOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
