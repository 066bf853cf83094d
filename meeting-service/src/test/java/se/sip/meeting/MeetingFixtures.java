package se.sip.meeting;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;

import se.sip.platform.events.EventParty;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.Topics;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.ConsentEventFeed;
import se.sip.testinfra.Tokens;
import se.sip.testinfra.TopicReader;

/** The organisations, bodies and event helpers the meeting tests share. */
final class MeetingFixtures {

    static final String MUNICIPALITY = "kommun-0583";
    static final String SIS = "sis-lvm-hem-1";
    static final String REGION = "region-ostergotland-beroende";
    static final String STRANGER = "kommun-0180";

    /** The parties of every plan the tests know: the municipality leads, SiS and the region take part. */
    static final List<EventParty> PARTIES = List.of(new EventParty(MUNICIPALITY, "MUNICIPALITY"),
            new EventParty(SIS, "SIS"), new EventParty(REGION, "REGION"));

    static final Duration ARRIVAL = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private MeetingFixtures() {
    }

    static RequestSpecification caseworker(String org, String orgType) {
        return as(org, orgType, "caseworker");
    }

    static RequestSpecification as(String org, String orgType, String... groups) {
        return Tokens.as("cw-1", org, orgType, groups);
    }

    static RequestSpecification municipality() {
        return caseworker(MUNICIPALITY, "MUNICIPALITY");
    }

    /** Publishes an active plan of {@code kind} led by the municipality, with SiS and the region, and waits for it. */
    static UUID knownPlan(PlanProjection projection, String personRef, String kind) {
        return knownPlan(projection, personRef, kind, null);
    }

    /** As {@link #knownPlan(PlanProjection, String, String)}, resting on {@code consentId} (null: none named). */
    static UUID knownPlan(PlanProjection projection, String personRef, String kind, UUID consentId) {
        UUID planId = UUID.randomUUID();
        PlanEventFeed.publish(personRef, PlanEventFeed.created(personRef, planId, kind, MUNICIPALITY, PARTIES,
                consentId));
        await().atMost(ARRIVAL).until(
                () -> QuarkusTransaction.requiringNew().call(() -> projection.find(planId)).isPresent());
        return planId;
    }

    /** A consent in force sharing the person's information with the region, awaited until the region sees {@code id}. */
    static void shareWithRegion(String personRef, String id) {
        ConsentEventFeed.publish(personRef, ConsentEventFeed.event(EventTypes.CONSENT_GRANTED, personRef,
                UUID.randomUUID().toString(), "ACTIVE", List.of("CONVENE_MEETING", "SHARE_INFORMATION"),
                List.of(MUNICIPALITY, REGION), MUNICIPALITY));
        await().atMost(ARRIVAL).untilAsserted(() -> region().get("/api/v1/meetings/" + id).then().statusCode(200));
    }

    /** The meeting's ETag as the municipality reads it, for If-Match. */
    static String etag(String id) {
        return municipality().get("/api/v1/meetings/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** The municipality, sending If-Match with the meeting's current ETag. */
    static RequestSpecification municipalityMatching(String id) {
        return municipality().header("If-Match", etag(id));
    }

    static RequestSpecification region() {
        return caseworker(REGION, "REGION");
    }

    static String invitee(String kind, String orgId, String orgType, String name, String email) {
        return """
                {"kind": "%s", "orgId": %s, "orgType": %s, "name": "%s", "email": %s}""".formatted(kind,
                quoted(orgId), quoted(orgType), name, quoted(email));
    }

    static String individual() {
        return invitee("INDIVIDUAL", null, null, "Tolvan Tolvansson", "tolvan@example.se");
    }

    static String municipalityParty() {
        return invitee("PARTY", MUNICIPALITY, "MUNICIPALITY", "Motala kommun", "vuxen@motala.example.se");
    }

    static String regionParty() {
        return invitee("PARTY", REGION, "REGION", "Beroendemottagningen", "beroende@region.example.se");
    }

    static String sisParty() {
        return invitee("PARTY", SIS, "SIS", "SiS LVM-hem", null);
    }

    static String relative(String name) {
        return invitee("RELATIVE", null, null, name, null);
    }

    /** A relative and how they are related to the individual (GUARDIAN: a guardian, vårdnadshavare). */
    static String relative(String name, String relation) {
        return """
                {"kind": "RELATIVE", "name": "%s", "relation": "%s"}""".formatted(name, relation);
    }

    /** A physical meeting of {@code type} on {@code startsAt} calling {@code invitees}. */
    static String meeting(UUID planId, String personId, String type, String startsAt, String... invitees) {
        return """
                {
                  "planId": "%s",
                  "personId": "%s",
                  "type": "%s",
                  "startsAt": "%s",
                  "durationMinutes": 90,
                  "format": "PHYSICAL",
                  "location": "Stadshuset, rum 3",
                  "invitees": [%s],
                  "chair": "Karin Lund",
                  "chairOrgId": "%s",
                  "noteTaker": "Per Ek",
                  "noteTakerOrgId": "%s",
                  "adjusters": [{"name": "Karin Lund", "orgId": "%s"}, {"name": "Eva Holm", "orgId": "%s"}]
                }""".formatted(planId, personId, type, startsAt, String.join(", ", invitees), MUNICIPALITY, MUNICIPALITY,
                MUNICIPALITY, REGION);
    }

    /** Books a SIP-möte as the municipality, with the region, and returns its id. */
    static String book(UUID planId, String personId, String startsAt) {
        return municipality().body(meeting(planId, personId, "SIP", startsAt, municipalityParty(), regionParty()))
                .post("/api/v1/meetings").then().statusCode(201).extract().path("id");
    }

    static List<String> typesOf(List<ConsumerRecord<String, byte[]>> events) {
        return events.stream().map(r -> {
            String b = body(r);
            int at = b.indexOf("\"type\":\"") + 8;
            return b.substring(at, b.indexOf('"', at));
        }).toList();
    }

    static List<ConsumerRecord<String, byte[]>> meetingEventsKeyed(String personRef) {
        return TopicReader.readAll(Topics.MEETING).stream().filter(r -> personRef.equals(r.key())).toList();
    }

    static String body(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    /** The {@code data} of an event. */
    static JsonNode dataOf(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(body(record)).get("data");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The person's meeting events of one type, in the order published. */
    static List<ConsumerRecord<String, byte[]>> meetingEventsOfType(String personRef, String type) {
        return meetingEventsKeyed(personRef).stream().filter(r -> typesOf(List.of(r)).equals(List.of(type))).toList();
    }

    /** The ids of the meeting's invitees and adjusters, as the municipality reads them. */
    static List<String> inviteeIds(String id) {
        return municipality().get("/api/v1/meetings/" + id).then().statusCode(200).extract().path("invitees.id");
    }

    static List<String> adjusterIds(String id) {
        return municipality().get("/api/v1/meetings/" + id).then().statusCode(200).extract().path("adjusters.id");
    }

    /** Minutes the note-taker submits, with the individual's absence reason when not null. */
    static String minutes(List<String> attendees, String absenceReason) {
        return """
                {"text": "Anteckningar.", "decisions": [], "attendees": [%s], "absenceReason": %s}""".formatted(
                String.join(", ", attendees.stream().map(a -> "\"" + a + "\"").toList()), quoted(absenceReason));
    }

    static String approval(String adjusterId, boolean approved, String comment) {
        return """
                {"adjusterId": "%s", "approved": %s, "comment": %s}""".formatted(adjusterId, approved,
                quoted(comment));
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
