package se.sip.consent;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.consent.ConsentFixtures.MUNICIPALITY;
import static se.sip.consent.ConsentFixtures.REGION;
import static se.sip.consent.ConsentFixtures.caseworker;
import static se.sip.consent.ConsentFixtures.recordGranted;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.consent.service.ConsentExpiry;
import se.sip.platform.events.Topics;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.TopicReader;

/** Consent events as a partner reads them: CloudEvents on the real broker, keyed by personRef, once each. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class ConsentEventsTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PersonRefs personRefs;

    @Inject
    ConsentExpiry expiry;

    @Inject
    jakarta.persistence.EntityManager em;

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    @Test
    void aGrantedConsentArrivesAsACloudEventThatTheSdkAccepts() throws Exception {
        String person = TestPersons.next();
        String id = recordGranted(person);

        ConsumerRecord<String, byte[]> record = awaitEvents(id, 1).get(0);
        assertEquals(personRefs.of(PersonalIdentityNumber.parse(person)), record.key());
        CloudEvent event = new CloudEventDeserializer().deserialize(record.topic(), record.headers(), record.value());
        assertEquals(SpecVersion.V1, event.getSpecVersion());
        assertEquals("se.sip.consent.granted.v1", event.getType());
        assertEquals(id, event.getSubject());
        assertEquals("/sip/consent-service", event.getSource().toString());
        assertEquals("application/json", event.getDataContentType());
        assertTrue(event.getTime() != null && !event.getId().isBlank());
        assertEquals(record.key(), event.getExtension("personref"));
        JsonNode data = JSON.readTree(event.getData().toBytes());
        assertEquals(record.key(), data.get("personRef").asText());
        assertEquals("ACTIVE", data.get("status").asText());
        assertEquals(Set.of(MUNICIPALITY, REGION), Set.copyOf(JSON.convertValue(data.get("partyOrgIds"), List.class)));
        assertNoPersonalData(record, person);
    }

    @Test
    void grantAndWithdrawalArriveInOrderOnOnePartition() {
        String person = TestPersons.next();
        String id = recordGranted(person);
        caseworker(MUNICIPALITY).body("{\"reason\": \"Changed their mind\"}")
                .post("/api/v1/consents/" + id + "/withdrawal").then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = awaitEvents(id, 2);
        assertEquals(List.of("se.sip.consent.granted.v1", "se.sip.consent.withdrawn.v1"),
                records.stream().map(ConsentEventsTest::type).toList());
        assertEquals(records.get(0).partition(), records.get(1).partition());
        assertTrue(records.get(0).offset() < records.get(1).offset());
    }

    @Test
    void aDeclinedOfferIsAnEventToo() {
        String person = TestPersons.next();
        String id = caseworker(MUNICIPALITY).body("""
                {"personId": "%s", "decision": "DECLINED", "needsSeen": "Housing", "individualPosition": "Not now"}"""
                .formatted(person)).post("/api/v1/consents").then().statusCode(201).extract().path("id");
        assertEquals("se.sip.consent.declined.v1", type(awaitEvents(id, 1).get(0)));
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveOnceItIsBack() {
        org.junit.jupiter.api.Assumptions.assumeTrue(InfrastructureResource.ownsKafka(), "needs our own broker");
        InfrastructureResource.stopKafka();
        List<String> ids;
        try {
            ids = List.of(recordGranted(TestPersons.next()), recordGranted(TestPersons.next()),
                    recordGranted(TestPersons.next()));
            for (String id : ids) {
                assertEquals(1L, unsentOutboxRows(id), "the event waits in the outbox");
            }
        } finally {
            InfrastructureResource.startKafka();
        }
        for (String id : ids) {
            awaitEvents(id, 1);
        }
    }

    @Test
    void anExpiredConsentIsMarkedAndAnnouncedOnceEvenWithTwoSchedulersAtOnce() throws Exception {
        String person = TestPersons.next();
        String today = LocalDate.now(TestClock.CLOCK).toString();
        String id = caseworker(MUNICIPALITY).body(ConsentFixtures.granted(person)
                .replace("\"validFrom\": \"2024-01-01\",", "\"validFrom\": \"2024-01-01\", \"validUntil\": \"" + today + "\","))
                .post("/api/v1/consents").then().statusCode(201).extract().path("id");

        expiry.expireDue();
        caseworker(MUNICIPALITY).get("/api/v1/consents/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));

        TestClock.CLOCK.advance(Duration.ofDays(1));
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = expiry::expireDue;
            for (Future<Integer> result : two.invokeAll(List.of(run, run))) {
                result.get();
            }
        } finally {
            two.shutdown();
        }
        caseworker(MUNICIPALITY).get("/api/v1/consents/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("EXPIRED"));
        expiry.expireDue();

        List<ConsumerRecord<String, byte[]>> records = awaitEvents(id, 2);
        assertEquals(List.of("se.sip.consent.granted.v1", "se.sip.consent.expired.v1"),
                records.stream().map(ConsentEventsTest::type).toList());
    }

    /** Waits until exactly {@code count} events about the consent are on the topic, and stay so for a moment. */
    private static List<ConsumerRecord<String, byte[]>> awaitEvents(String consentId, int count) {
        return await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(300)).during(Duration.ofSeconds(2))
                .until(() -> eventsAbout(consentId), list -> list.size() == count);
    }

    private static List<ConsumerRecord<String, byte[]>> eventsAbout(String consentId) {
        return TopicReader.readAll(Topics.CONSENT).stream()
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains("\"subject\":\"" + consentId + "\""))
                .toList();
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value()).get("type").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long unsentOutboxRows(String consentId) {
        return em.createQuery("select count(e) from OutboxEvent e where e.sentAt is null and e.payload like :subject",
                Long.class).setParameter("subject", "%\"subject\":\"" + consentId + "\"%").getSingleResult();
    }

    private static void assertNoPersonalData(ConsumerRecord<String, byte[]> record, String person) {
        String value = new String(record.value(), StandardCharsets.UTF_8);
        assertFalse(value.contains(person) || value.contains(person.substring(2)), "the event names the person");
        assertFalse(record.key().contains(person.substring(2)));
        assertFalse(value.contains("Anna Andersson"), "the event names a relative");
    }
}
