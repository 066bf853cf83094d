package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.SRV;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.startYouth;
import static se.sip.plan.PlanFixtures.youthAssignment;
import static se.sip.plan.PlanMilestonesTest.milestone;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.ConsentEventFeed;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;

/**
 * Children and young people: the youth routine's ages (seed 004), the child's own view and who speaks for the child
 * (docs/domain.md, "Children and young people"), and the early ending a youth or a guardian asks for.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanChildrenTest {

    private static final String VIEW = "Jag vill bo kvar hemma och gå i samma skola.";

    @Inject
    PersonRefs personRefs;

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    @Test
    void aYouthAssignmentIsForPeopleAgedTwentyOrUnderOnTheDayOfTheOrder() {
        LocalDate today = TestClock.today();
        String turnsTwentyOneToday = TestPersons.bornOn(today.minusYears(21));
        municipality().body(youthAssignment(turnsTwentyOneToday, today, today.plusMonths(6))).post("/api/v1/plans")
                .then().statusCode(422).body("detail", containsString("aged 20 or under (seed 004"));
        // Without an order the plan's start is the day that counts.
        municipality().body(youthAssignment(turnsTwentyOneToday, null, null)).post("/api/v1/plans").then()
                .statusCode(422);
        // Ordered yesterday, when the person was still 20.
        startYouth(turnsTwentyOneToday, today.minusDays(1), today.plusMonths(6));
    }

    @Test
    void aPlanForAChildRecordsTheChildsOwnViewAndWhoSpeaksForTheChildAndTheSipDocumentShowsBoth() {
        LocalDate today = TestClock.today();
        String body = youthAssignment(PlanFixtures.youngPerson(), today, today.plusMonths(6))
                .replace("\"individualGoal\"", """
                        "childView": {"text": "%s", "by": "Eva Lind, socialsekreterare", "on": "%s"},
                        "childSpokesperson": {"name": "Lisa Berg", "role": "vårdnadshavare"},
                        "individualGoal\"""".formatted(VIEW, today.minusDays(3)));
        String id = municipality().body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/plans").then()
                .statusCode(201).body("childView.text", equalTo(VIEW))
                .body("childView.on", equalTo(today.minusDays(3).toString()))
                .body("childSpokesperson.role", equalTo("vårdnadshavare")).extract().path("id");

        String html = document(id);
        assertTrue(html.contains("<h2>Barnets egen åsikt</h2>"), html);
        assertTrue(html.contains(VIEW));
        assertTrue(html.contains("Antecknad av Eva Lind, socialsekreterare, " + today.minusDays(3) + "."));
        assertTrue(html.contains("Lisa Berg (vårdnadshavare)"));

        // The view is revised as the child is heard again; a merge patch removes who speaks for the child.
        municipality().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("""
                        {"childView": {"text": "Jag vill flytta till pappa.", "by": "Eva Lind", "on": "%s"},
                         "childSpokesperson": null}""".formatted(today).getBytes(StandardCharsets.UTF_8))
                .patch("/api/v1/plans/" + id).then().statusCode(200)
                .body("childView.text", equalTo("Jag vill flytta till pappa."))
                .body("childSpokesperson", nullValue());
        municipality().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"childView\": {\"text\": \"Senare\", \"by\": \"Eva Lind\", \"on\": \"%s\"}}"
                        .formatted(today.plusDays(1)).getBytes(StandardCharsets.UTF_8))
                .patch("/api/v1/plans/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("childView.on"));
    }

    @Test
    void aChildsDocumentLeavesRoomForTheChildsViewAnAdultsHasNoneAndAnAdultHasNoChildsView() {
        String child = startYouth(PlanFixtures.youngPerson(), null, null);
        assertTrue(document(child).contains("Barnets egen åsikt är inte antecknad i planen."));

        String adult = PlanFixtures.startPlan(TestPersons.next());
        assertFalse(document(adult).contains("Barnets egen åsikt"));
        municipality().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"childSpokesperson\": {\"name\": \"Lisa Berg\", \"role\": \"mamma\"}}"
                        .getBytes(StandardCharsets.UTF_8))
                .patch("/api/v1/plans/" + adult).then().statusCode(422)
                .body("detail", containsString("the person is 18 or over"));
        municipality().get("/api/v1/plans/" + adult).then().body("version", equalTo(0));
    }

    @Test
    void aYouthWhoHasTurnedFifteenMayRefuseAndThePlanGoesOnAYoungerChildCannot() {
        LocalDate today = TestClock.today();
        String person = TestPersons.bornOn(today.minusYears(15).plusDays(1));
        String id = startYouth(person, today, today.plusMonths(6));
        municipality().body(refusal(today, "YOUTH")).post(refusals(id)).then().statusCode(422)
                .body("detail", containsString("A child under 15 does not refuse the intervention alone"));
        municipality().get("/api/v1/plans/" + id).then().body("youthRefusals", empty());

        TestClock.moveTo(today.plusDays(1));
        municipality().body(refusal(today.plusDays(1), "YOUTH")).post(refusals(id)).then().statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("youthRefusals[0].refusedBy", equalTo("YOUTH"))
                .body("youthRefusals[0].recordedByOrg", equalTo(MUNICIPALITY));
        // The support to the parents goes on: nothing is left to decide.
        assertNull(milestone(id, "CONTINUATION_DECISION-" + today.plusDays(1)));
    }

    @Test
    void afterAGuardianWithdrawsTheLeadsSocialWorkerDecidesWithinTwoWeeksWhetherTheInterventionGoesOn() {
        LocalDate today = TestClock.today();
        String person = PlanFixtures.youngPerson();
        String id = startYouth(person, today, today.plusMonths(6));
        municipality().body(decision(today, true)).post(decisions(id)).then().statusCode(422)
                .body("detail", containsString("so there is nothing to decide"));

        municipality().body(refusal(today, "GUARDIAN")).post(refusals(id)).then().statusCode(201);
        Map<String, Object> due = milestone(id, "CONTINUATION_DECISION-" + today);
        assertEquals("DUE", due.get("status"));
        assertEquals(today.plusDays(14).toString(), due.get("dueBy"));

        // The resource unit takes part, but the judgement is the lead's social worker's.
        String ref = personRefs.of(PersonalIdentityNumber.parse(person));
        ConsentEventFeed.publish(ref, ConsentEventFeed.event(EventTypes.CONSENT_GRANTED, ref,
                PlanFixtures.newConsentId(), "ACTIVE", List.of("CONVENE_MEETING", "SHARE_INFORMATION"),
                List.of(MUNICIPALITY, SRV), MUNICIPALITY));
        await().atMost(ARRIVAL).untilAsserted(() -> PlanFixtures.caseworker(SRV, "MUNICIPALITY")
                .get("/api/v1/plans/" + id).then().statusCode(200));
        PlanFixtures.caseworker(SRV, "MUNICIPALITY").body(decision(today, true)).post(decisions(id)).then()
                .statusCode(403);

        municipality().body(decision(today, true)).post(decisions(id)).then().statusCode(201)
                .body("continuationDecisions[0].continues", equalTo(true))
                .body("continuationDecisions[0].decidedBy", equalTo("Eva Lind, socialsekreterare"));
        Map<String, Object> met = milestone(id, "CONTINUATION_DECISION-" + today);
        assertEquals("MET", met.get("status"));
        assertEquals(today.toString(), met.get("metBy"));
    }

    @Test
    void forAChildUnderFifteenTheInterventionDoesNotGoOnWithoutTheGuardians() {
        LocalDate today = TestClock.today();
        String id = startYouth(TestPersons.bornOn(today.minusYears(14)), today, today.plusMonths(6));
        municipality().body(refusal(today, "GUARDIAN")).post(refusals(id)).then().statusCode(201);
        municipality().body(decision(today, true)).post(decisions(id)).then().statusCode(422)
                .body("detail", containsString("For a child under 15 the intervention does not go on"));
        municipality().body(decision(today, false)).post(decisions(id)).then().statusCode(201)
                .body("continuationDecisions", org.hamcrest.Matchers.hasSize(1))
                .body("continuationDecisions[0].continues", equalTo(false));
    }

    @Test
    void refusalsBelongToAYouthAssignmentsOrderAndItsDays() {
        LocalDate today = TestClock.today();
        String lvm = PlanFixtures.startPlan(TestPersons.next());
        municipality().body(refusal(today, "GUARDIAN")).post(refusals(lvm)).then().statusCode(422)
                .body("detail", containsString("Only a YOUTH_ASSIGNMENT"));

        String id = startYouth(PlanFixtures.youngPerson(), today.minusDays(5), today.plusMonths(6));
        municipality().body(refusal(today.minusDays(6), "GUARDIAN")).post(refusals(id)).then().statusCode(400)
                .body("errors[0].field", equalTo("on"));
        municipality().body(refusal(today.plusDays(1), "GUARDIAN")).post(refusals(id)).then().statusCode(400)
                .body("errors[0].field", equalTo("on"));
        municipality().body("{\"on\": \"" + today + "\", \"refusedBy\": \"GUARDIAN\"}").post(refusals(id)).then()
                .statusCode(400).body("errors[0].field", equalTo("note"));
        municipality().get("/api/v1/plans/" + id).then().body("version", equalTo(0));
    }

    private static String document(String id) {
        return municipality().accept("text/html").get("/api/v1/plans/" + id + "/sip-document").then()
                .statusCode(200).extract().asString();
    }

    private static String refusals(String id) {
        return "/api/v1/plans/" + id + "/youth-order/refusals";
    }

    private static String decisions(String id) {
        return "/api/v1/plans/" + id + "/youth-order/continuation-decisions";
    }

    private static String refusal(LocalDate on, String by) {
        return "{\"on\": \"%s\", \"refusedBy\": \"%s\", \"note\": \"Vill avsluta insatsen.\"}".formatted(on, by);
    }

    private static String decision(LocalDate on, boolean continues) {
        return ("{\"on\": \"%s\", \"decidedBy\": \"Eva Lind, socialsekreterare\", \"continues\": %s,"
                + " \"reasons\": \"Bedömd efter samtal med ungdomen.\"}").formatted(on, continues);
    }
}
