package se.sip.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.REGION;
import static se.sip.plan.PlanFixtures.SIS;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.sis;
import static se.sip.plan.PlanFixtures.startPlan;
import static se.sip.plan.PlanMilestonesTest.awaitMilestoneEvents;
import static se.sip.plan.PlanMilestonesTest.milestone;
import static se.sip.plan.PlanMilestonesTest.milestones;
import static se.sip.plan.PlanMilestonesTest.startLvm;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import se.sip.plan.milestone.MilestoneScheduler;
import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.ConsentEventFeed;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;

/** SiS's place in the plan through a § 27 placement, the discharge and a new admission (seed 000). */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanReadmissionTest {

    private static final String INSTITUTION = """
            "institution": {"orgId": "%s", "name": "SiS LVM-hem Runnagården"}""";

    @Inject
    PersonRefs personRefs;

    @Inject
    MilestoneScheduler scheduler;

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    private static String change(String type, Object effectiveOn, String... more) {
        return "{\"type\": \"%s\", \"effectiveOn\": \"%s\"%s}".formatted(type, effectiveOn,
                more.length == 0 ? "" : ", " + String.join(", ", more));
    }

    private static String changes(String id) {
        return "/api/v1/plans/" + id + "/placement-changes";
    }

    /** A plan whose person has a consent sharing with the municipality, SiS and the region, seen by SiS. */
    private String planSeenBySis(String person) {
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        String id = startPlan(person);
        ConsentEventFeed.publish(personRef, ConsentEventFeed.event(EventTypes.CONSENT_GRANTED, personRef,
                PlanFixtures.newConsentId(), "ACTIVE", List.of("SHARE_INFORMATION"), List.of(MUNICIPALITY, SIS, REGION),
                MUNICIPALITY));
        await().atMost(ARRIVAL).untilAsserted(() -> sis().get("/api/v1/plans/" + id).then().statusCode(200));
        return id;
    }

    @Test
    void sisStaysAPartyThroughASection27PlacementAndBack() {
        String id = planSeenBySis(TestPersons.next());
        municipality().body(change("SECTION_27_PLACEMENT", "2027-02-01")).post(changes(id)).then().statusCode(201)
                .body("parties.orgId", hasItem(SIS));
        sis().get("/api/v1/plans/" + id).then().statusCode(200).body("parties.orgId", hasItem(SIS));
        sis().body(change("RETURNED_TO_INSTITUTION", "2027-03-01")).post(changes(id)).then().statusCode(201)
                .body("parties.orgId", hasItem(SIS));
        List<ConsumerRecord<String, byte[]>> events = awaitPlanEvents(id, 3);
        assertTrue(events.stream().map(PlanFixtures::body).noneMatch(b -> b.contains(EventTypes.PLAN_PARTY_REMOVED)));
    }

    @Test
    void aNewAdmissionAfterTheDischargeBeginsANewCareEpisodeAndBringsSisBack() {
        String id = planSeenBySis(TestPersons.next());
        municipality().body(change("DISCHARGED", "2027-04-01")).post(changes(id)).then().statusCode(201)
                .body("parties.orgId", not(hasItem(SIS)));
        sis().get("/api/v1/plans/" + id).then().statusCode(404);

        municipality().body(change("ADMITTED", "2027-05-10", "\"note\": \"Nytt LVM-beslut.\"",
                INSTITUTION.formatted(SIS))).post(changes(id)).then().statusCode(201)
                .header("ETag", equalTo("\"2\""))
                .body("careEpisode.lvmStartedOn", equalTo("2027-05-10"))
                .body("careEpisode.institution", equalTo("SiS LVM-hem Runnagården"))
                .body("careEpisode.expectedDischargeOn", nullValue())
                .body("placementChanges.type", org.hamcrest.Matchers.contains("DISCHARGED", "ADMITTED"))
                .body("placementChanges[0].effectiveOn", equalTo("2027-04-01"))
                .body("parties.find { it.orgId == '" + SIS + "' }.orgType", equalTo("SIS"));
        await().atMost(ARRIVAL).untilAsserted(() -> sis().get("/api/v1/plans/" + id).then().statusCode(200));

        // Created; discharged and SiS removed; admitted and SiS added, in that order.
        List<String> events = awaitPlanEvents(id, 5).stream().map(PlanFixtures::body).toList();
        assertTrue(events.get(3).contains(EventTypes.PLACEMENT_CHANGED) && events.get(3).contains("\"ADMITTED\""),
                events.get(3));
        assertFalse(events.get(3).contains("Nytt LVM-beslut"), events.get(3));
        JsonPath added = JsonPath.from(events.get(4));
        assertEquals(EventTypes.PLAN_PARTY_ADDED, added.getString("type"));
        assertEquals(SIS, added.getString("data.orgId"));
        assertEquals("SIS", added.getString("data.orgType"));
        assertEquals(2, added.getInt("data.version"));
        assertEquals(List.of(MUNICIPALITY, REGION, SIS), added.getList("data.partyOrgIds"));
        assertFalse(events.get(4).contains("Runnagården"), events.get(4));
    }

    @Test
    void aNewAdmissionNamesItsInstitutionWhenNoSisPartyIsLeft() {
        String person = TestPersons.next();
        String id = startPlan(person);
        municipality().body(change("ADMITTED", "2026-10-01", INSTITUTION.formatted(SIS))).post(changes(id))
                .then().statusCode(201);
        municipality().body(change("SECTION_27_PLACEMENT", "2027-01-01", INSTITUTION.formatted(SIS)))
                .post(changes(id)).then().statusCode(400).body("errors[0].field", equalTo("institution"));
        municipality().body(change("DISCHARGED", "2027-04-01")).post(changes(id)).then().statusCode(201);
        municipality().body(change("SECTION_27_PLACEMENT", "2027-05-01")).post(changes(id)).then().statusCode(422)
                .body("detail", containsString("allowed now: [ADMITTED]"));

        municipality().body(change("ADMITTED", "2027-05-10")).post(changes(id)).then().statusCode(422)
                .body("detail", containsString("no SIS party is left"));
        municipality().body(change("ADMITTED", "2027-05-10", INSTITUTION.formatted(REGION))).post(changes(id))
                .then().statusCode(422).body("detail", containsString("not SiS"));
        FakeConsentService.refuseOrg(person, "sis-lvm-hem-2");
        municipality().body(change("ADMITTED", "2027-05-10", INSTITUTION.formatted("sis-lvm-hem-2"))).post(changes(id))
                .then().statusCode(422).body("detail", containsString("sis-lvm-hem-2"));
        municipality().get("/api/v1/plans/" + id).then().statusCode(200).body("version", equalTo(2))
                .body("careEpisode.lvmStartedOn", equalTo("2026-10-01"))
                .body("parties.orgId", not(hasItem("sis-lvm-hem-2")));
    }

    @Test
    void theInCareMilestonesReopenFromTheNewAdmission() {
        LocalDate today = TestClock.today();
        String id = startLvm(TestPersons.next(), today.minusMonths(6));
        LocalDate discharged = today.minusMonths(2);
        LocalDate admitted = today.minusWeeks(1);
        municipality().body(change("DISCHARGED", discharged)).post(changes(id)).then().statusCode(201);
        assertEquals("OVERDUE", milestone(id, "FIRST_MEETING").get("status"));
        scheduler.tick();
        awaitMilestoneEvents(id, EventTypes.MILESTONE_OVERDUE, "FIRST_MEETING", 1);

        municipality().body(change("ADMITTED", admitted, INSTITUTION.formatted(SIS))).post(changes(id))
                .then().statusCode(201);
        Map<String, Object> first = milestone(id, "FIRST_MEETING-2");
        assertEquals("FIRST_MEETING", first.get("kind"));
        assertEquals(admitted.plusMonths(2).toString(), first.get("dueFrom"));
        assertEquals(admitted.plusMonths(3).toString(), first.get("dueBy"));
        assertEquals(admitted.plusMonths(4).toString(), milestone(id, "FOLLOW_UP_IN_CARE-2").get("dueFrom"));
        // The ended episode's in-care rules give way to the new one's; the aftercare follow-up, whose window had not
        // opened when the person was admitted again, is left out.
        assertNull(milestone(id, "FIRST_MEETING"));
        assertNull(milestone(id, "FOLLOW_UP_IN_CARE"));
        assertTrue(milestones(id).getList("milestones.kind").stream()
                .noneMatch(k -> k.equals("FOLLOW_UP_AFTER_DISCHARGE") || k.toString().startsWith("DISCHARGE_")));

        TestClock.moveTo(admitted.plusMonths(2));
        scheduler.tick();
        String due = awaitMilestoneEvents(id, EventTypes.FOLLOW_UP_DUE, "FIRST_MEETING-2", 1).get(0);
        assertTrue(due.contains("\"kind\":\"FIRST_MEETING\""), due);
    }
}
