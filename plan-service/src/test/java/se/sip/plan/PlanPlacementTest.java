package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.REGION;
import static se.sip.plan.PlanFixtures.SIS;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.body;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.sis;
import static se.sip.plan.PlanFixtures.startPlan;

import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.ConsentEventFeed;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanPlacementTest {

    @Inject
    PersonRefs personRefs;

    private static String change(String type, String effectiveOn) {
        return "{\"type\": \"%s\", \"effectiveOn\": \"%s\", \"note\": \"Behandlingshem.\"}".formatted(type, effectiveOn);
    }

    @Test
    void aSection27PlacementIsRecordedAndPublishedOnceAfterTheCreation() {
        String person = TestPersons.next();
        String id = startPlan(person);
        municipality().body(change("SECTION_27_PLACEMENT", "2027-02-01")).post("/api/v1/plans/" + id + "/placement-changes")
                .then().statusCode(201).header("ETag", equalTo("\"1\""))
                .body("placementChanges", hasSize(1))
                .body("placementChanges[0].type", equalTo("SECTION_27_PLACEMENT"))
                .body("placementChanges[0].effectiveOn", equalTo("2027-02-01"))
                .body("placementChanges[0].recordedByOrg", equalTo(MUNICIPALITY));

        List<ConsumerRecord<String, byte[]>> events = awaitPlanEvents(id, 2);
        Assertions.assertTrue(body(events.get(0)).contains(EventTypes.PLAN_CREATED));
        String placed = body(events.get(1));
        Assertions.assertTrue(placed.contains(EventTypes.PLACEMENT_CHANGED), placed);
        Assertions.assertTrue(placed.contains("\"type\":\"SECTION_27_PLACEMENT\""), placed);
        Assertions.assertTrue(placed.contains("\"effectiveOn\":\"2027-02-01\""), placed);
        Assertions.assertTrue(placed.contains(personRefs.of(PersonalIdentityNumber.parse(person))), placed);
        Assertions.assertFalse(placed.contains(person.substring(2)), placed);
        Assertions.assertFalse(placed.contains("Behandlingshem"), placed);
    }

    @Test
    void changesOutOfOrderOrTooEarlyAreRefusedWithTheReason() {
        String id = startPlan(TestPersons.next());
        String changes = "/api/v1/plans/" + id + "/placement-changes";
        municipality().body(change("RETURNED_TO_INSTITUTION", "2027-01-01")).post(changes)
                .then().statusCode(422).body("detail", containsString("cannot follow"));
        municipality().body(change("SECTION_27_PLACEMENT", "2026-09-01")).post(changes)
                .then().statusCode(422).body("detail", containsString("LVM care began"));
        municipality().body(change("SECTION_27_PLACEMENT", "2027-02-01")).post(changes).then().statusCode(201);
        municipality().body(change("RETURNED_TO_INSTITUTION", "2027-01-31")).post(changes)
                .then().statusCode(422).body("detail", containsString("previous change"));
        municipality().header("If-Match", "\"0\"").body(change("RETURNED_TO_INSTITUTION", "2027-02-10")).post(changes)
                .then().statusCode(412);
        municipality().body(change("RETURNED_TO_INSTITUTION", "2027-02-10")).post(changes).then().statusCode(201);
        municipality().body(change("DISCHARGED", "2027-03-01")).post(changes).then().statusCode(201);
        municipality().body(change("SECTION_27_PLACEMENT", "2027-03-02")).post(changes)
                .then().statusCode(422).body("detail", containsString("cannot follow DISCHARGED"));
        municipality().get("/api/v1/plans/" + id).then().body("placementChanges.type",
                org.hamcrest.Matchers.contains("SECTION_27_PLACEMENT", "RETURNED_TO_INSTITUTION", "DISCHARGED"));
    }

    @Test
    void onlyLvmAftercarePlansHavePlacements() {
        String sip = municipality().body(PlanFixtures.lvmAftercare(TestPersons.next())
                .replace("LVM_AFTERCARE", "SIP")).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        municipality().body(change("SECTION_27_PLACEMENT", "2027-02-01")).post("/api/v1/plans/" + sip + "/placement-changes")
                .then().statusCode(422).body("detail", containsString("LVM_AFTERCARE"));
    }

    @Test
    void theDischargeEndsSisPartAndSisThenCannotSeeThePlan() {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        String id = startPlan(person);
        ConsentEventFeed.publish(personRef, ConsentEventFeed.event(EventTypes.CONSENT_GRANTED, personRef,
                PlanFixtures.newConsentId(), "ACTIVE", List.of("SHARE_INFORMATION"), List.of(MUNICIPALITY, SIS, REGION),
                MUNICIPALITY));
        await().atMost(ARRIVAL).untilAsserted(() -> sis().get("/api/v1/plans/" + id).then().statusCode(200));

        // SiS is not the lead: its manager records the discharge (its caseworker may not, PlanLeadOrManagerTest).
        PlanFixtures.as("mgr-1", SIS, "SIS", "manager").body(change("DISCHARGED", "2027-04-01"))
                .post("/api/v1/plans/" + id + "/placement-changes")
                .then().statusCode(201).body("parties.orgId", not(org.hamcrest.Matchers.hasItem(SIS)));

        sis().get("/api/v1/plans/" + id).then().statusCode(404);
        municipality().get("/api/v1/plans/" + id).then().statusCode(200)
                .body("parties.orgId", org.hamcrest.Matchers.contains(MUNICIPALITY, REGION));
        String discharged = body(awaitPlanEvents(id, 3).get(1));
        Assertions.assertTrue(discharged.contains("\"partyOrgIds\":[\"" + MUNICIPALITY + "\",\"" + REGION + "\"]"),
                discharged);
    }
}
