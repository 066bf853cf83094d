package se.sip.consent;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.outbox.Outbox;
import se.sip.platform.outbox.OutboxRelay;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TopicReader;

/** The platform's outbox relay, run by several "replicas" at once against one database and the real broker. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class OutboxRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Test
    void relaysRunningAtOnceSendEachEventOnceAndKeepEachPersonsOrder() throws Exception {
        String topic = "sip.test.outbox." + UUID.randomUUID();
        List<String> persons = List.of("p-" + UUID.randomUUID(), "p-" + UUID.randomUUID(), "p-" + UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            for (int n = 0; n < 40; n++) {
                outbox.publish(topic, persons.get(n % persons.size()), "se.sip.test.v1", "subject-" + n, Map.of("n", n));
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

        List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
                .during(Duration.ofSeconds(2)).until(() -> TopicReader.readAll(topic), list -> list.size() == 40);
        assertEquals(40, records.stream().map(r -> json(r).get("id").asText()).distinct().count(), "an event twice");
        Map<String, List<Integer>> orderPerPerson = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(r -> json(r).get("data").get("n").asInt(), Collectors.toList())));
        for (List<Integer> order : orderPerPerson.values()) {
            List<Integer> sorted = new ArrayList<>(order);
            sorted.sort(Integer::compare);
            assertEquals(sorted, order, "one person's events out of order");
        }
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
