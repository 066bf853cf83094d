package se.sip.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.consent.ConsentFixtures.MUNICIPALITY;
import static se.sip.consent.ConsentFixtures.REGION;
import static se.sip.consent.ConsentFixtures.caseworker;
import static se.sip.consent.ConsentFixtures.recordGranted;
import static se.sip.consent.ConsentTopic.awaitEvents;
import static se.sip.consent.ConsentTopic.awaitTypes;

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
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.consent.consent.ConsentExpiry;
import se.sip.consent.consent.ConsentExpiryNotice;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;

/** Consent events as a partner reads them: CloudEvents on the real broker, keyed by personRef, once each. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class ConsentEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTICE_ROUND = "consent-expiring-notice";

    @Inject
    PersonRefs personRefs;

    @Inject
    ConsentExpiry expiry;

    @Inject
    ConsentExpiryNotice expiryNotice;

    @Inject
    Scheduler scheduler;

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
                records.stream().map(ConsentTopic::type).toList());
        assertEquals(records.get(0).partition(), records.get(1).partition());
        assertTrue(records.get(0).offset() < records.get(1).offset());
    }

    @Test
    void aDeclinedOfferIsAnEventToo() {
        String person = TestPersons.next();
        String id = caseworker(MUNICIPALITY).body("""
                {"personId": "%s", "decision": "DECLINED", "needsSeen": "Housing", "individualPosition": "Not now"}"""
                .formatted(person)).post("/api/v1/consents").then().statusCode(201).extract().path("id");
        assertEquals("se.sip.consent.declined.v1", ConsentTopic.type(awaitEvents(id, 1).get(0)));
    }

    @Test
    void anExpiredConsentIsMarkedAndAnnouncedOnceEvenWithTwoSchedulersAtOnce() throws Exception {
        String person = TestPersons.next();
        String id = caseworker(MUNICIPALITY).body(ConsentFixtures.grantedUntil(person, LocalDate.now(TestClock.CLOCK)))
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

        // Its last day was today when it was recorded, so its coming expiry was announced at once, before it.
        assertEquals(List.of("se.sip.consent.granted.v1", "se.sip.consent.expiring.v1", "se.sip.consent.expired.v1"),
                awaitTypes(id, 3));
    }

    @Test
    void aConsentRecordedWithLessThanThirtyDaysLeftIsAnnouncedAsExpiringAtOnce() throws Exception {
        String person = TestPersons.next();
        LocalDate validUntil = LocalDate.now(TestClock.CLOCK).plusDays(10);
        String id;
        // The round stays still meanwhile: only the recording itself can have announced it.
        scheduler.pause(NOTICE_ROUND);
        try {
            id = caseworker(MUNICIPALITY).body(ConsentFixtures.grantedUntil(person, validUntil))
                    .post("/api/v1/consents").then().statusCode(201).extract().path("id");
            assertEquals(List.of("se.sip.consent.granted.v1", "se.sip.consent.expiring.v1"), outboxTypes(id),
                    "written in the recording transaction");
        } finally {
            scheduler.resume(NOTICE_ROUND);
        }
        expiryNotice.announceDue();

        List<ConsumerRecord<String, byte[]>> records = awaitEvents(id, 2);
        assertEquals(List.of("se.sip.consent.granted.v1", "se.sip.consent.expiring.v1"),
                records.stream().map(ConsentTopic::type).toList());
        assertEquals(records.get(0).partition(), records.get(1).partition());
        CloudEvent expiring = new CloudEventDeserializer().deserialize(records.get(1).topic(), records.get(1).headers(),
                records.get(1).value());
        assertEquals(id, expiring.getSubject());
        JsonNode data = JSON.readTree(expiring.getData().toBytes());
        assertEquals("ACTIVE", data.get("status").asText());
        assertEquals(validUntil.toString(), data.get("validUntil").asText());
        assertEquals(Set.of(MUNICIPALITY, REGION), Set.copyOf(JSON.convertValue(data.get("partyOrgIds"), List.class)));
        assertNoPersonalData(records.get(1), person);
    }

    @Test
    void aConsentIsAnnouncedAsExpiringOnceThirtyDaysBeforeItsLastDayEvenWithTwoRoundsAtOnce() throws Exception {
        String person = TestPersons.next();
        String id;
        String etag;
        scheduler.pause(NOTICE_ROUND);
        try {
            id = caseworker(MUNICIPALITY)
                    .body(ConsentFixtures.grantedUntil(person, LocalDate.now(TestClock.CLOCK).plusDays(40)))
                    .post("/api/v1/consents").then().statusCode(201).extract().path("id");
            etag = caseworker(MUNICIPALITY).get("/api/v1/consents/" + id).then().statusCode(200)
                    .extract().header("ETag");
            expiryNotice.announceDue();
            assertEquals(List.of("se.sip.consent.granted.v1"), awaitTypes(id, 1), "40 days left: not yet");

            // 29 days left.
            TestClock.CLOCK.advance(Duration.ofDays(11));
            ExecutorService two = Executors.newFixedThreadPool(2);
            try {
                Callable<Integer> round = expiryNotice::announceDue;
                for (Future<Integer> result : two.invokeAll(List.of(round, round))) {
                    result.get();
                }
            } finally {
                two.shutdown();
            }
            expiryNotice.announceDue();
        } finally {
            scheduler.resume(NOTICE_ROUND);
        }

        assertEquals(List.of("se.sip.consent.granted.v1", "se.sip.consent.expiring.v1"), awaitTypes(id, 2));
        // The announcement is bookkeeping, not a change: the consent and its ETag are as they were.
        caseworker(MUNICIPALITY).get("/api/v1/consents/" + id).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.equalTo(etag))
                .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
    }

    private List<String> outboxTypes(String consentId) {
        return em.createQuery("select e.type from OutboxEvent e where e.payload like :subject order by e.seq",
                String.class).setParameter("subject", "%\"subject\":\"" + consentId + "\"%").getResultList();
    }

    private static void assertNoPersonalData(ConsumerRecord<String, byte[]> record, String person) {
        String value = new String(record.value(), StandardCharsets.UTF_8);
        assertFalse(value.contains(person) || value.contains(person.substring(2)), "the event names the person");
        assertFalse(record.key().contains(person.substring(2)));
        assertFalse(value.contains("Anna Andersson"), "the event names a relative");
    }
}
