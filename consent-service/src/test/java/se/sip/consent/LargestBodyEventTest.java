package se.sip.consent;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.consent.ConsentFixtures.as;
import static se.sip.consent.ConsentFixtures.child;
import static se.sip.consent.ConsentTopic.awaitEvents;

import java.util.List;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;

/**
 * The bounds of a consent body keep its event within the broker's message limit: the largest body the validation lets
 * through is recorded, and its event arrives on the real broker whole. Recording a consent makes the consent event
 * that grows most with the body, by the organisations it names.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class LargestBodyEventTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 256 * 1024;
    private static final int PARTIES = 30;
    private static final int RELATIVES = 20;
    private static final List<String> PURPOSES = List.of("CONVENE_MEETING", "INVITE_RELATIVES",
            "OBTAIN_DOCUMENTATION", "SHARE_INFORMATION");
    /** 64 characters before the @ and 255 after: the longest address @Email accepts, 320 in all. */
    private static final String EMAIL = wide(64) + "@" + String.join(".", "a".repeat(63), "b".repeat(63),
            "c".repeat(63), "d".repeat(63));

    @Test
    void theLargestConsentBodyIsRecordedAndItsEventArrivesWithEveryParty() throws Exception {
        List<String> orgIds = IntStream.range(0, PARTIES).mapToObj(LargestBodyEventTest::orgId).toList();
        String validUntil = TestClock.today().plusYears(1).toString();
        String body = largestGrant(child(), orgIds, validUntil);
        assertTrue(body.getBytes(UTF_8).length <= MAX_BODY, "the body is one the service reads");

        String id = as("cw-1", orgIds.get(0), "MUNICIPALITY", "caseworker").body(body).post("/api/v1/consents")
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, byte[]> record = awaitEvents(id, 1).get(0);
        JsonNode event = JSON.readTree(record.value());
        assertEquals("se.sip.consent.granted.v1", event.get("type").asText());
        JsonNode data = event.get("data");
        assertEquals(orgIds, JSON.convertValue(data.get("partyOrgIds"), List.class));
        assertEquals(PURPOSES, JSON.convertValue(data.get("purposes"), List.class));
        assertEquals(orgIds.get(0), data.get("recordedByOrg").asText());
        assertEquals("ACTIVE", data.get("status").asText());
        assertEquals("2024-01-01", data.get("validFrom").asText());
        assertEquals(validUntil, data.get("validUntil").asText());
    }

    /**
     * Every list at its largest and every text at its longest, given by both guardians of a child (the most names a
     * consent takes). Texts the consent keeps to itself are written too: they are what the body limit counts.
     */
    private static String largestGrant(String person, List<String> orgIds, String validUntil) {
        ObjectNode body = JSON.createObjectNode()
                .put("personId", person)
                .put("decision", "GRANTED")
                .put("form", "WRITTEN")
                .put("validFrom", "2024-01-01")
                .put("validUntil", validUntil)
                .put("journalRef", wide(200))
                .put("restrictions", wide(4000))
                .put("needsSeen", wide(4000))
                .put("individualPosition", wide(4000));
        body.putObject("givenBy").put("role", "GUARDIAN").put("name", wide(200));
        body.putObject("coGuardian").put("name", wide(200));
        ArrayNode purposes = body.putArray("purposes");
        PURPOSES.forEach(purposes::add);
        ArrayNode parties = body.putArray("parties");
        orgIds.forEach(orgId -> parties.addObject().put("orgId", orgId).put("orgType", "MUNICIPALITY")
                .put("name", wide(200)));
        ArrayNode relatives = body.putArray("relatives");
        for (int i = 0; i < RELATIVES; i++) {
            relatives.addObject().put("name", wide(200)).put("relation", wide(100)).put("email", EMAIL)
                    .put("phone", wide(40));
        }
        return body.toString();
    }

    /** 100 characters of 3 UTF-8 bytes each, one character per party (①, ②, …), so each is told apart. */
    private static String orgId(int n) {
        return String.valueOf((char) ('\u2460' + n)).repeat(100);
    }

    /**
     * {@code @Size} counts UTF-16 units, and no unit takes more UTF-8 bytes than one such as €, 3: the most bytes a
     * text of that length can be.
     */
    private static String wide(int length) {
        return "€".repeat(length);
    }
}
