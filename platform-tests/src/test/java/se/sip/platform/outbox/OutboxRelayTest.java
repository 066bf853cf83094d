package se.sip.platform.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TopicReader;

/** The platform's outbox relay against one database and the real broker: several "replicas" at once, an outage. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class OutboxRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @Inject
    OutboxLag lag;

    @Inject
    MeterRegistry registry;

    @Test
    void relaysRunningAtOnceSendEachEventOnceAndKeepEachPersonsOrder() throws Exception {
        String topic = newTopic();
        List<String> persons = List.of("p-" + UUID.randomUUID(), "p-" + UUID.randomUUID(), "p-" + UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            for (int n = 0; n < 40; n++) {
                publish(topic, persons.get(n % persons.size()), n);
            }
        });

        ExecutorService replicas = Executors.newFixedThreadPool(3);
        try {
            Callable<Integer> round = relay::relayOnce;
            for (Future<Integer> result : replicas.invokeAll(List.of(round, round, round))) {
                result.get();
            }
        } finally {
            replicas.shutdown();
        }

        List<ConsumerRecord<String, byte[]>> records = awaitRecords(topic, 40);
        assertEquals(40, records.stream().map(r -> json(r).get("id").asText()).distinct().count(), "an event twice");
        Map<String, List<Integer>> orderPerPerson = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(r -> json(r).get("data").get("n").asInt(), Collectors.toList())));
        for (List<Integer> order : orderPerPerson.values()) {
            List<Integer> sorted = new ArrayList<>(order);
            sorted.sort(Integer::compare);
            assertEquals(sorted, order, "one person's events out of order");
        }
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveOnceItIsBack() {
        assumeTrue(InfrastructureResource.ownsKafka(), "needs our own broker");
        String topic = newTopic();
        List<UUID> ids = new ArrayList<>();
        InfrastructureResource.stopKafka();
        try {
            for (int n = 0; n < 3; n++) {
                int number = n;
                ids.add(UUID.fromString(QuarkusTransaction.requiringNew()
                        .call(() -> publish(topic, "p-" + UUID.randomUUID(), number))));
            }
            for (UUID id : ids) {
                assertEquals(1L, unsentRows(id), "the event waits in the outbox");
            }
        } finally {
            InfrastructureResource.startKafka();
        }

        Set<String> arrived = awaitRecords(topic, 3).stream().map(r -> json(r).get("id").asText())
                .collect(Collectors.toSet());
        assertEquals(ids.stream().map(UUID::toString).collect(Collectors.toSet()), arrived);
    }

    @Test
    void anEventTheBrokerRefusesForGoodIsHeldWithItsPersonsLaterEventsAndEveryoneElsesGoOn() {
        String topic = newTopic();
        String held = "p-" + UUID.randomUUID();
        String other = "p-" + UUID.randomUUID();
        // Larger than the producer may send at once (max.request.size, 1 MiB like the broker's message.max.bytes).
        String tooLarge = "x".repeat(1_200_000);
        UUID refused = UUID.fromString(QuarkusTransaction.requiringNew().call(() -> outbox.publish(topic, held,
                "se.sip.test.v1", "subject", Map.of("text", tooLarge)).id()));
        UUID behind = UUID.fromString(QuarkusTransaction.requiringNew().call(() -> publish(topic, held, 1)));
        UUID first = UUID.fromString(QuarkusTransaction.requiringNew().call(() -> publish(topic, other, 2)));

        relay.relayOnce();
        UUID later = UUID.fromString(QuarkusTransaction.requiringNew().call(() -> publish(topic, other, 3)));
        relay.relayOnce();

        assertEquals(List.of(first.toString(), later.toString()), awaitRecords(topic, 2).stream()
                .map(r -> json(r).get("id").asText()).toList());
        OutboxEvent row = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from OutboxEvent where eventId = :id", OutboxEvent.class).setParameter("id", refused)
                .getSingleResult());
        assertNotNull(row.heldAt);
        assertTrue(row.heldReason.startsWith("RecordTooLargeException"), row.heldReason);
        assertEquals(1L, unsentRows(behind), "the held person's later event waits behind it, in order");
        lag.sample();
        assertTrue(registry.get("sip.outbox.held").gauge().value() >= 1);
    }

    /** Publishes event number {@code n} about a person and returns its id. */
    private String publish(String topic, String personRef, int n) {
        return outbox.publish(topic, personRef, "se.sip.test.v1", "subject-" + n, Map.of("n", n)).id();
    }

    private long unsentRows(UUID eventId) {
        return em.createQuery("select count(e) from OutboxEvent e where e.sentAt is null and e.eventId = :id",
                Long.class).setParameter("id", eventId).getSingleResult();
    }

    private static String newTopic() {
        return "sip.test.outbox." + UUID.randomUUID();
    }

    /** Waits until exactly {@code count} records are on the topic, and stay so for a moment. */
    private static List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, int count) {
        return await().atMost(ARRIVAL).during(Duration.ofSeconds(2))
                .until(() -> TopicReader.readAll(topic), list -> list.size() == count);
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
