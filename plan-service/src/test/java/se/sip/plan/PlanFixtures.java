package se.sip.plan;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.restassured.specification.RequestSpecification;

import se.sip.platform.events.EventTypes;
import se.sip.platform.events.Topics;
import se.sip.testinfra.ConsentEventFeed;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;
import se.sip.testinfra.TopicReader;

/** The organisations, bodies and event helpers the plan tests share. */
final class PlanFixtures {

    static final String MUNICIPALITY = "kommun-0583";
    static final String SIS = "sis-lvm-hem-1";
    static final String REGION = "region-ostergotland-beroende";
    static final String STRANGER = "kommun-0180";
    /** The resource unit (Sociala resursverksamheten) youth assignments order from. */
    static final String SRV = "kommun-0583-srv";

    static final Duration ARRIVAL = Duration.ofSeconds(30);

    private PlanFixtures() {
    }

    static RequestSpecification caseworker(String org, String orgType) {
        return as("cw-1", org, orgType, "caseworker");
    }

    static RequestSpecification municipality() {
        return caseworker(MUNICIPALITY, "MUNICIPALITY");
    }

    static RequestSpecification region() {
        return caseworker(REGION, "REGION");
    }

    static RequestSpecification sis() {
        return caseworker(SIS, "SIS");
    }

    static RequestSpecification as(String sub, String org, String orgType, String... groups) {
        return Tokens.as(sub, org, orgType, groups);
    }

    /** An LVM-aftercare plan led by the municipality, with SiS and the region's addiction clinic. */
    static String lvmAftercare(String personId) {
        return """
                {
                  "personId": "%s",
                  "kind": "LVM_AFTERCARE",
                  "lead": {"orgId": "%s", "name": "Motala kommun, vuxenenheten"},
                  "parties": [
                    {"orgId": "%s", "orgType": "MUNICIPALITY", "name": "Motala kommun, vuxenenheten", "contact": "0141-22 50 00"},
                    {"orgId": "%s", "orgType": "SIS", "name": "SiS LVM-hem"},
                    {"orgId": "%s", "orgType": "REGION", "name": "Beroendemottagningen"}
                  ],
                  "careEpisode": {"lvmStartedOn": "2026-10-01", "institution": "SiS LVM-hem", "expectedDischargeOn": "2027-04-01"},
                  "individualGoal": "Jag vill ha en egen lägenhet.",
                  "needs": "Housing and addiction treatment after discharge."
                }""".formatted(personId, MUNICIPALITY, MUNICIPALITY, SIS, REGION);
    }

    /**
     * A youth assignment (seed 004) led by social services, with the resource unit as a party and its order, when
     * {@code orderedOn} is given: the intervention from the order's day to {@code interventionTo}.
     */
    static String youthAssignment(String personId, LocalDate orderedOn, LocalDate interventionTo) {
        String order = orderedOn == null ? "" : """
                  "youthOrder": {"resourceUnitOrgId": "%s", "orderedOn": "%s", "interventionFrom": "%s",
                                 "interventionTo": "%s"},""".formatted(SRV, orderedOn, orderedOn, interventionTo);
        return """
                {
                  "personId": "%s",
                  "kind": "YOUTH_ASSIGNMENT",
                  "lead": {"orgId": "%s", "name": "Motala kommun, socialkontoret"},
                  "parties": [
                    {"orgId": "%s", "orgType": "MUNICIPALITY", "name": "Motala kommun, socialkontoret"},
                    {"orgId": "%s", "orgType": "MUNICIPALITY", "name": "Sociala resursverksamheten (SRV)"}
                  ],
                %s
                  "individualGoal": "Jag vill klara skolan.",
                  "needs": "Stöd i familjen och med skolgången."
                }""".formatted(personId, MUNICIPALITY, MUNICIPALITY, SRV, order);
    }

    /** A person of 16 on the test clock's day, for a youth assignment (seed 004: 20 or under). */
    static String youngPerson() {
        return TestPersons.bornOn(TestClock.today().minusYears(16));
    }

    /** Starts a youth assignment as the municipality and returns its id. */
    static String startYouth(String personId, LocalDate orderedOn, LocalDate interventionTo) {
        return municipality().body(youthAssignment(personId, orderedOn, interventionTo)).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
    }

    /** Starts an LVM-aftercare plan as the municipality (the fake consent-service permits) and returns its id. */
    static String startPlan(String personId) {
        return municipality().body(lvmAftercare(personId)).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
    }

    /** A consent granted by the municipality that shares information with the region (and not with SiS). */
    static void grantSharingWithRegion(String personRef, String consentId) {
        ConsentEventFeed.publish(personRef, ConsentEventFeed.event(EventTypes.CONSENT_GRANTED, personRef, consentId,
                "ACTIVE", List.of("CONVENE_MEETING", "SHARE_INFORMATION"), List.of(MUNICIPALITY, REGION), MUNICIPALITY));
    }

    static String withdrawn(String personRef, String consentId) {
        return ConsentEventFeed.event(EventTypes.CONSENT_WITHDRAWN, personRef, consentId, "WITHDRAWN",
                List.of("CONVENE_MEETING", "SHARE_INFORMATION"), List.of(MUNICIPALITY, REGION), MUNICIPALITY);
    }

    static String newConsentId() {
        return UUID.randomUUID().toString();
    }

    /** Waits until exactly {@code count} events about the plan are on sip.plan.v1, and stay so for a moment. */
    static List<ConsumerRecord<String, byte[]>> awaitPlanEvents(String planId, int count) {
        return await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(300)).during(Duration.ofSeconds(2))
                .until(() -> planEventsAbout(planId), list -> list.size() == count);
    }

    static List<ConsumerRecord<String, byte[]>> planEventsAbout(String planId) {
        return TopicReader.readAll(Topics.PLAN).stream().filter(r -> body(r).contains("\"subject\":\"" + planId + "\""))
                .toList();
    }

    static String body(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
