package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.REGION;
import static se.sip.plan.PlanFixtures.SIS;
import static se.sip.plan.PlanFixtures.STRANGER;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.grantSharingWithRegion;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.newConsentId;
import static se.sip.plan.PlanFixtures.region;
import static se.sip.plan.PlanFixtures.sis;
import static se.sip.plan.PlanFixtures.startPlan;
import static se.sip.plan.PlanFixtures.withdrawn;

import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.ConsentEventFeed;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * plan-service is the one judge of what a consent's end ends: a plan another consent in force still covers moves to
 * it, a party no consent covers any more keeps its place without access, and only a plan whose lead nothing covers
 * closes. Each event is judged once, however often it arrives.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanConsentWithdrawalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PURPOSES = List.of("CONVENE_MEETING", "SHARE_INFORMATION");

    @Inject
    PersonRefs personRefs;

    @Test
    void aWithdrawalDeliveredTwiceClosesEachActivePlanOnceWithOneClosedEvent() throws Exception {
        String person = TestPersons.next();
        String personRef = ref(person);
        String first = startPlan(person);
        String second = startPlan(person);
        String consentId = newConsentId();
        grantSharingWithRegion(personRef, consentId);

        String event = withdrawn(personRef, consentId);
        ConsentEventFeed.publish(personRef, event);
        ConsentEventFeed.publish(personRef, event);

        for (String id : List.of(first, second)) {
            awaitClosed(id, "CONSENT_WITHDRAWN");
            List<ConsumerRecord<String, byte[]>> events = awaitPlanEvents(id, 2);
            assertEquals(List.of("se.sip.plan.created.v1", "se.sip.plan.closed.v1"), types(events));
            assertEquals("CONSENT_WITHDRAWN", data(events.get(1)).get("closureReason").asText());
        }
        municipality().get("/api/v1/plans/" + first).then().body("version", equalTo(1));
    }

    @Test
    void aPlanAnotherConsentStillCoversMovesToItAndTheRegionItDoesNotNameLosesAccess() throws Exception {
        String person = TestPersons.next();
        String personRef = ref(person);
        String planConsent = FakeConsentService.consentOf(person).toString();
        String id = startPlan(person);
        grant(personRef, planConsent, MUNICIPALITY, SIS, REGION);
        String other = newConsentId();
        grant(personRef, other, MUNICIPALITY, SIS);
        await().atMost(ARRIVAL).untilAsserted(() -> region().get("/api/v1/plans/" + id).then().statusCode(200));

        ConsentEventFeed.publish(personRef, ended(EventTypes.CONSENT_WITHDRAWN, personRef, planConsent, "WITHDRAWN",
                MUNICIPALITY, SIS, REGION));

        List<ConsumerRecord<String, byte[]>> events = awaitPlanEvents(id, 3);
        assertEquals(List.of("se.sip.plan.created.v1", "se.sip.plan.consent-replaced.v1",
                "se.sip.plan.party-access-ended.v1"), types(events));
        JsonNode replaced = data(events.get(1));
        assertEquals(planConsent, replaced.get("previousConsentId").asText());
        assertEquals(other, replaced.get("consentId").asText());
        JsonNode accessEnded = data(events.get(2));
        assertEquals(List.of(REGION), JSON.convertValue(accessEnded.get("orgIds"), List.class));
        assertEquals("CONSENT_WITHDRAWN", accessEnded.get("reason").asText());

        municipality().get("/api/v1/plans/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("consentId", equalTo(other))
                .body("consent.id", equalTo(other))
                .body("parties.orgId", equalTo(List.of(MUNICIPALITY, SIS, REGION)));
        sis().get("/api/v1/plans/" + id).then().statusCode(200);
        region().get("/api/v1/plans/" + id).then().statusCode(404);
    }

    @Test
    void aStrangersConsentAndItsWithdrawalChangeNothing() {
        String person = TestPersons.next();
        String personRef = ref(person);
        String id = startPlan(person);
        grant(personRef, FakeConsentService.consentOf(person).toString(), MUNICIPALITY, SIS, REGION);
        String strangers = newConsentId();
        ConsentEventFeed.publish(personRef, ConsentEventFeed.event(EventTypes.CONSENT_GRANTED, personRef, strangers,
                "ACTIVE", PURPOSES, List.of(STRANGER), STRANGER));

        ConsentEventFeed.publish(personRef, ended(EventTypes.CONSENT_WITHDRAWN, personRef, strangers, "WITHDRAWN",
                STRANGER));

        assertEquals(List.of("se.sip.plan.created.v1"), types(awaitPlanEvents(id, 1)));
        municipality().get("/api/v1/plans/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0));
        region().get("/api/v1/plans/" + id).then().statusCode(200);
    }

    @Test
    void anExpiredConsentNothingElseReplacesClosesThePlanAsExpired() {
        String person = TestPersons.next();
        String personRef = ref(person);
        String planConsent = FakeConsentService.consentOf(person).toString();
        String id = startPlan(person);
        grant(personRef, planConsent, MUNICIPALITY, SIS, REGION);

        ConsentEventFeed.publish(personRef, ended(EventTypes.CONSENT_EXPIRED, personRef, planConsent, "EXPIRED",
                MUNICIPALITY, SIS, REGION));

        awaitClosed(id, "CONSENT_EXPIRED");
        assertEquals(List.of("se.sip.plan.created.v1", "se.sip.plan.closed.v1"), types(awaitPlanEvents(id, 2)));
    }

    @Test
    void aNewConsentAheadOfTheWithdrawalKeepsThePlanOpenOnIt() {
        String person = TestPersons.next();
        String personRef = ref(person);
        String planConsent = FakeConsentService.consentOf(person).toString();
        String id = startPlan(person);
        grant(personRef, planConsent, MUNICIPALITY, SIS, REGION);
        String renewed = newConsentId();

        // Published back to back on the person's partition: plan-service sees them in this order.
        grant(personRef, renewed, MUNICIPALITY, SIS, REGION);
        ConsentEventFeed.publish(personRef, ended(EventTypes.CONSENT_WITHDRAWN, personRef, planConsent, "WITHDRAWN",
                MUNICIPALITY, SIS, REGION));

        assertEquals(List.of("se.sip.plan.created.v1", "se.sip.plan.consent-replaced.v1"),
                types(awaitPlanEvents(id, 2)));
        municipality().get("/api/v1/plans/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("consentId", equalTo(renewed));
    }

    @Test
    void aWithdrawalAheadOfTheNewConsentClosesThePlanAndTheLaterConsentDoesNotReopenIt() {
        String person = TestPersons.next();
        String personRef = ref(person);
        String planConsent = FakeConsentService.consentOf(person).toString();
        String id = startPlan(person);
        grant(personRef, planConsent, MUNICIPALITY, SIS, REGION);

        ConsentEventFeed.publish(personRef, ended(EventTypes.CONSENT_WITHDRAWN, personRef, planConsent, "WITHDRAWN",
                MUNICIPALITY, SIS, REGION));
        grant(personRef, newConsentId(), MUNICIPALITY, SIS, REGION);

        awaitClosed(id, "CONSENT_WITHDRAWN");
        assertEquals(List.of("se.sip.plan.created.v1", "se.sip.plan.closed.v1"), types(awaitPlanEvents(id, 2)));
        municipality().get("/api/v1/plans/" + id).then().body("consentId", equalTo(planConsent));
    }

    private String ref(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }

    private static void grant(String personRef, String consentId, String... orgs) {
        ConsentEventFeed.publish(personRef, ConsentEventFeed.event(EventTypes.CONSENT_GRANTED, personRef, consentId,
                "ACTIVE", PURPOSES, List.of(orgs), orgs[0]));
    }

    private static String ended(String type, String personRef, String consentId, String status, String... orgs) {
        return ConsentEventFeed.event(type, personRef, consentId, status, PURPOSES, List.of(orgs), orgs[0]);
    }

    private static void awaitClosed(String id, String reason) {
        await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/plans/" + id).then()
                .statusCode(200).body("status", equalTo("CLOSED")).body("closure.reason", equalTo(reason)));
    }

    private static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> json(r).get("type").asText()).toList();
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> record) {
        return json(record).get("data");
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
