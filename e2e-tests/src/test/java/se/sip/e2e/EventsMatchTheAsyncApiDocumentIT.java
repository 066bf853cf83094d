package se.sip.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.sip.platform.events.EventTypes;
import se.sip.platform.events.Topics;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.TopicReader;

/**
 * The AsyncAPI document the services serve is true of what partners receive: every record on the three topics is a
 * message of the document. That is every event every story of the run published: this class runs after the others
 * (the class order of junit-platform.properties), and reads each topic from its beginning. Each record's topic must
 * be a channel, its CloudEvent type a message of that channel (a type the document lacks fails), its value the
 * message's CloudEvent with its type's {@code data}, its key the personRef, its headers the message's headers.
 */
@ExtendWith(Stack.class)
@Order(Integer.MAX_VALUE)
class EventsMatchTheAsyncApiDocumentIT {

    private static final List<String> SERVICES = List.of(Stack.CONSENT, Stack.MEETING, Stack.PLAN,
            Stack.NOTIFICATION);
    private static final List<String> TOPICS = List.of(Topics.CONSENT, Topics.MEETING, Topics.PLAN);
    private static final int SHOWN = 30;

    private static AsyncApiContract contract;

    @BeforeAll
    static void readTheServedDocument() {
        contract = new AsyncApiContract(served(Stack.CONSENT));
    }

    @Test
    void everyServiceServesTheOneDocumentWithoutAToken() {
        String consentServices = served(Stack.CONSENT);
        for (String service : SERVICES) {
            assertEquals(consentServices, served(service), service + " serves another document");
        }
        assertTrue(consentServices.startsWith("asyncapi: 3.0.0"), consentServices.lines().findFirst().orElse(""));
    }

    @Test
    void theDocumentsExamplesAreItsMessages() {
        List<String> problems = contract.exampleProblems();
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyEventOnTheTopicsIsAMessageOfTheDocument() {
        publishOnEveryTopic();
        Map<String, Integer> seen = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        int records = 0;
        for (String topic : TOPICS) {
            for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(topic)) {
                records++;
                List<String> wrong = contract.problems(topic, record);
                String type = AsyncApiContract.typeOf(record);
                seen.merge(topic + " " + type, 1, Integer::sum);
                wrong.forEach(p -> problems.add(topic + " " + record.partition() + "@" + record.offset() + " " + type
                        + ": " + p));
            }
        }
        Set<String> unseen = contract.messages().stream().map(m -> m.topic() + " " + m.name())
                .filter(m -> !seen.containsKey(m)).collect(Collectors.toCollection(TreeSet::new));
        System.out.printf("%d events on the topics checked against the AsyncAPI document, by type: %s%ntypes no story"
                + " published: %s%n", records, seen, unseen);
        assertTrue(problems.isEmpty(), problems.size() + " problems in " + records + " events (the first "
                + Math.min(SHOWN, problems.size()) + "):\n" + String.join("\n", problems.subList(0,
                        Math.min(SHOWN, problems.size()))));
    }

    /**
     * A story of its own, so that the check never passes on empty topics (this class may run alone) and also meets
     * types the other stories do not publish: a consent, a plan and a meeting, an answer to the invitation, the
     * meeting moved, a deviation, the lead handed to the region.
     */
    private static void publishOnEveryTopic() {
        String personId = TestPersons.next();
        String personRef = Org.MUNICIPALITY.to(Stack.CONSENT).body(Bodies.consent(personId)).post("/api/v1/consents")
                .then().statusCode(201).extract().path("personRef");
        String planId = Org.MUNICIPALITY.to(Stack.PLAN)
                .body(Bodies.lvmAftercarePlan(personId, Bodies.today().minusMonths(2)))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        String meetingId = Stories.book(1, planId, personId, "SIP", 30);

        // The region sees the meeting once meeting-service has the consent that shares it with the region: its own
        // topic, which may arrive after the plan the booking waited for.
        String regionsInvitee = await().atMost(Duration.ofSeconds(30)).until(
                () -> Org.REGION.to(Stack.MEETING).get("/api/v1/meetings/{id}", meetingId),
                r -> r.statusCode() == 200)
                .path("invitees.find { it.orgId == '%s' }.id".formatted(Org.REGION.id()));
        Org.REGION.to(Stack.MEETING).body("{\"inviteeId\": \"%s\", \"answer\": \"ACCEPTED\"}".formatted(regionsInvitee))
                .post("/api/v1/meetings/{id}/responses", meetingId).then().statusCode(200);
        String meetingVersion = Org.MUNICIPALITY.to(Stack.MEETING).get("/api/v1/meetings/{id}", meetingId).then()
                .statusCode(200).extract().header("ETag");
        Org.MUNICIPALITY.to(Stack.MEETING).header("If-Match", meetingVersion)
                .body("{\"startsAt\": \"%s\"}".formatted(Bodies.at(31, 9)))
                .post("/api/v1/meetings/{id}/rescheduling", meetingId).then().statusCode(200);

        Org.REGION.to(Stack.PLAN).body("""
                {"description": "Återbesöket uteblev.", "reportedByOrgId": "%s"}""".formatted(Org.REGION.id()))
                .post("/api/v1/plans/{id}/deviations", planId).then().statusCode(201);
        String planVersion = Org.MUNICIPALITY.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .extract().header("ETag");
        Org.MUNICIPALITY.to(Stack.PLAN).header("If-Match", planVersion)
                .body("{\"orgId\": \"%s\"}".formatted(Org.REGION.id()))
                .put("/api/v1/plans/{id}/lead", planId).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertEquals(1, Events.ofType(Topics.CONSENT, personRef, EventTypes.CONSENT_GRANTED).size());
            for (String type : List.of(EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_ANSWERED,
                    EventTypes.MEETING_RESCHEDULED)) {
                assertEquals(1, Events.ofType(Topics.MEETING, personRef, type).size(), type);
            }
            for (String type : List.of(EventTypes.PLAN_CREATED, EventTypes.DEVIATION_REPORTED,
                    EventTypes.PLAN_LEAD_CHANGED)) {
                assertEquals(1, Events.ofType(Topics.PLAN, personRef, type).size(), type);
            }
        });
    }

    /** The document a service serves to a caller without a token. */
    private static String served(String service) {
        return given().baseUri(Stack.url(service)).get("/q/asyncapi").then().statusCode(200)
                .contentType(startsWith("application/yaml")).extract().asString();
    }
}
