package se.sip.plan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.PlanFixtures.as;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.youngPerson;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;

/**
 * The bounds of a plan body keep its event within the broker's message limit: the largest body the service reads is
 * started, and its event arrives on the real broker whole. Starting a plan makes the plan event that grows most with
 * a body: it names every party twice (their ids, and each with its type) besides the lead.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class LargestBodyEventTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 256 * 1024;
    private static final int PARTIES = 30;
    private static final int OTHER_MEASURES = 50;
    private static final int MEASURE_DESCRIPTION = 5000;
    private static final int WIDE_BYTES = 3;

    @Test
    void theLargestPlanBodyIsStartedAndItsEventArrivesWithEveryParty() throws Exception {
        String person = youngPerson();
        List<String> orgIds = IntStream.range(0, PARTIES).mapToObj(LargestBodyEventTest::orgId).toList();
        // Every text at its longest is more than the body limit: the other measures' descriptions take what is left.
        int room = MAX_BODY - largestPlan(person, orgIds, "").getBytes(UTF_8).length;
        int descriptionLength = room / (OTHER_MEASURES * WIDE_BYTES);
        assertTrue(descriptionLength < MEASURE_DESCRIPTION,
                "the maxima together fit in the body limit: write every description at its longest");
        String body = largestPlan(person, orgIds, wide(descriptionLength));
        assertTrue(body.getBytes(UTF_8).length <= MAX_BODY, "the body is one the service reads");

        String id = as("cw-1", orgIds.get(0), "MUNICIPALITY", "caseworker").body(body).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, byte[]> record = awaitPlanEvents(id, 1).get(0);
        JsonNode event = JSON.readTree(record.value());
        assertEquals("se.sip.plan.created.v1", event.get("type").asText());
        JsonNode data = event.get("data");
        assertEquals(orgIds, JSON.convertValue(data.get("partyOrgIds"), List.class));
        assertEquals(orgIds.stream().map(orgId -> Map.of("orgId", orgId, "orgType", "MUNICIPALITY")).toList(),
                JSON.convertValue(data.get("parties"), List.class));
        assertEquals(orgIds.get(0), data.get("leadOrgId").asText());
        assertEquals("YOUTH_ASSIGNMENT", data.get("kind").asText());
        assertEquals("ACTIVE", data.get("status").asText());
    }

    /**
     * A youth assignment for a child, with every part a plan can start with: every list at its largest and every
     * text at its longest, but the other measures' descriptions, which are {@code measureDescription}. All parties
     * are MUNICIPALITY, the longest type an event names.
     */
    private static String largestPlan(String person, List<String> orgIds, String measureDescription) {
        LocalDate today = TestClock.today();
        ObjectNode body = JSON.createObjectNode()
                .put("personId", person)
                .put("kind", "YOUTH_ASSIGNMENT")
                .put("horizonMonths", 60)
                .put("individualGoal", wide(4000))
                .put("professionalGoal", wide(4000))
                .put("needs", wide(4000))
                .put("currentInterventions", wide(4000));
        body.putObject("lead").put("orgId", orgIds.get(0)).put("name", wide(200));
        ArrayNode parties = body.putArray("parties");
        orgIds.forEach(orgId -> parties.addObject().put("orgId", orgId).put("orgType", "MUNICIPALITY")
                .put("name", wide(200)).put("contact", wide(200)));
        body.putObject("careEpisode").put("lvmStartedOn", today.minusMonths(1).toString())
                .put("institution", wide(200)).put("expectedDischargeOn", today.plusMonths(5).toString());
        body.putObject("representative").put("role", "GUARDIAN").put("name", wide(200));
        ArrayNode measures = body.putArray("otherMeasures");
        for (int i = 0; i < OTHER_MEASURES; i++) {
            measures.addObject().put("description", measureDescription).put("responsibleOrgId", wide(100))
                    .put("responsibleName", wide(200));
        }
        body.putObject("youthOrder").put("resourceUnitOrgId", orgIds.get(1)).put("orderedOn", today.toString())
                .put("interventionFrom", today.toString()).put("interventionTo", today.plusMonths(6).toString());
        body.putObject("childView").put("text", wide(4000)).put("by", wide(200)).put("on", today.toString());
        body.putObject("childSpokesperson").put("name", wide(200)).put("role", wide(200));
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
