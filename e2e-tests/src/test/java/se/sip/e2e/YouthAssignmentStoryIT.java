package se.sip.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import se.sip.platform.events.EventTypes;
import se.sip.platform.events.Topics;
import se.sip.testinfra.TestPersons;

/**
 * Seed 004: both guardians consent for a youth of 15, social services order a time-limited intervention from the
 * resource unit (SRV), the child's own view written in the plan; the unit is contacted within two weeks of the order, a
 * start-up meeting with a guardian is held, the assignment is followed up every six months, a guardian stops
 * cooperating and social services decide it goes on, and it is closed. The months pass on the stack's moved clock.
 */
@ExtendWith(Stack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YouthAssignmentStoryIT {

    static final List<Org> PARTIES = List.of(Org.MUNICIPALITY, Org.RESOURCE_UNIT);

    static final String CHILDS_VIEW = "Jag vill att det blir lugnare hemma, men jag vill inte byta skola.";

    final String personId = TestPersons.bornOn(Bodies.today().minusYears(15).minusDays(40));
    final LocalDate orderedOn = Bodies.today();
    String personRef;
    String planId;
    /** How far the stack's clock is moved now. */
    long daysAhead;

    @AfterAll
    void realTimeAgain() {
        Stack.moveClock(Duration.ZERO);
    }

    @Test
    @Order(1)
    void bothGuardiansConsentToTheOrderAndToSharingWithTheResourceUnit() {
        personRef = Org.MUNICIPALITY.to(Stack.CONSENT).body("""
                {"personId": "%s", "decision": "GRANTED", "givenBy": {"role": "GUARDIAN", "name": "Lisa Berg"},
                 "coGuardian": {"name": "Per Berg"}, "form": "WRITTEN",
                 "purposes": ["CONVENE_MEETING", "OBTAIN_DOCUMENTATION", "SHARE_INFORMATION", "INVITE_RELATIVES"],
                 "relatives": [{"name": "Lisa Berg", "relation": "vårdnadshavare"},
                               {"name": "Per Berg", "relation": "vårdnadshavare"}],
                 "parties": [%s, %s], "validFrom": "%s", "journalRef": "E2E-U-%s"}"""
                .formatted(personId, Org.MUNICIPALITY.party(), Org.RESOURCE_UNIT.party(), orderedOn,
                        personId.substring(8)))
                .post("/api/v1/consents").then().statusCode(201).body("givenBy.role", equalTo("GUARDIAN"))
                .body("coGuardian.name", equalTo("Per Berg"))
                .extract().path("personRef");
    }

    @Test
    @Order(2)
    void socialServicesOrderTheTimeLimitedInterventionFromTheResourceUnit() {
        // The routine is for young people up to and including 20 (seed 004).
        Org.MUNICIPALITY.to(Stack.PLAN).body(youthAssignment(TestPersons.bornOn(orderedOn.minusYears(21))))
                .post("/api/v1/plans").then().statusCode(422);

        planId = Org.MUNICIPALITY.to(Stack.PLAN).body(youthAssignment(personId)).post("/api/v1/plans").then()
                .statusCode(201).body("kind", equalTo("YOUTH_ASSIGNMENT")).extract().path("id");
        // The child's own view is in the SIP document, with who speaks for the child when absent.
        String document = Org.MUNICIPALITY.to(Stack.PLAN).accept("text/html")
                .get("/api/v1/plans/{id}/sip-document", planId).then().statusCode(200).extract().asString();
        assertTrue(document.contains(CHILDS_VIEW) && document.contains("Lisa Berg (vårdnadshavare)"), document);

        // The resource unit sees the order it received once plan-service has the consent from Kafka; nobody outside
        // the assignment sees anything.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Org.RESOURCE_UNIT.to(Stack.PLAN)
                .get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .body("youthOrder.resourceUnitOrgId", equalTo(Org.RESOURCE_UNIT.id()))
                .body("youthOrder.interventionTo", equalTo(orderedOn.plusMonths(12).toString())));
        Org.OUTSIDER.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(404);
        Inbox.told(PARTIES, EventTypes.PLAN_CREATED, planLink());
        Inbox.nothingAbout(Org.OUTSIDER, planLink());

        // The unit is to be contacted within two weeks of the order; the first follow-up is six months on.
        Org.RESOURCE_UNIT.to(Stack.PLAN).get("/api/v1/plans/{id}/milestones", planId).then().statusCode(200)
                .body("milestones.find { it.id == 'ORDER_CONTACT' }.dueBy", equalTo(orderedOn.plusWeeks(2).toString()))
                .body("milestones.find { it.id == 'PERIODIC_FOLLOW_UP-1' }.dueBy",
                        equalTo(orderedOn.plusMonths(6).toString()))
                .body("milestones.find { it.id == 'PERIODIC_FOLLOW_UP-1' }.status", equalTo("UPCOMING"));
        // The two-week contact is due at once: social services (the lead) are told, the unit is not.
        Milestones.leadToldOnce(personRef, planId, Org.MUNICIPALITY, EventTypes.FOLLOW_UP_DUE, "ORDER_CONTACT",
                List.of(Org.RESOURCE_UNIT));
    }

    @Test
    @Order(3)
    void theResourceUnitIsContactedAndWillExecuteTheStartUpIsHeldAndItsImplementationPlanComes() {
        // Seed 004: the order is followed by a contact with the resource unit within two weeks; a meeting does not
        // stand in for it.
        String contacts = "/api/v1/plans/{id}/youth-order/contacts";
        Org.MUNICIPALITY.to(Stack.PLAN).body("""
                {"on": "%s", "by": "Socialsekreteraren", "outcome": "WILL_EXECUTE"}""".formatted(orderedOn))
                .post(contacts, planId).then().statusCode(201);
        Milestones.statusIs(Org.RESOURCE_UNIT, planId, "ORDER_CONTACT", "MET");
        Org.MUNICIPALITY.to(Stack.PLAN).body("""
                {"on": "%s", "by": "Socialsekreteraren", "outcome": "WILL_NOT_EXECUTE"}""".formatted(orderedOn))
                .post(contacts, planId).then().statusCode(400);

        // The start-up meeting, convened and chaired by social services, the lead.
        String startUpId = book("START_UP", 5);
        Inbox.told(PARTIES, EventTypes.MEETING_SCHEDULED, "/api/v1/meetings/" + startUpId);
        Org.OUTSIDER.to(Stack.MEETING).get("/api/v1/meetings/{id}", startUpId).then().statusCode(404);
        moveClockTo(6);
        hold(startUpId);

        // Two weeks on, the performer's implementation plan (genomförandeplan) is due; registering it meets it.
        Milestones.statusIs(Org.MUNICIPALITY, planId, "IMPLEMENTATION_PLAN", "DUE");
        moveClockTo(12);
        Org.RESOURCE_UNIT.to(Stack.PLAN).body("""
                {"performerOrgId": "%s", "receivedOn": "%s", "documentRef": "VIVA-GP-E2E"}"""
                .formatted(Org.RESOURCE_UNIT.id(), orderedOn.plusDays(12)))
                .post("/api/v1/plans/{id}/youth-order/implementation-plans", planId).then()
                .statusCode(201);
        Milestones.statusIs(Org.MUNICIPALITY, planId, "IMPLEMENTATION_PLAN", "MET");
    }

    @Test
    @Order(4)
    void theAssignmentIsFollowedUpSixMonthsLaterAndTheNextRoundBegins() {
        // Five months after the start-up meeting (held on day 6) the follow-up's window opens: social services are
        // told.
        LocalDate startUp = orderedOn.plusDays(6);
        moveClockTo(ChronoUnit.DAYS.between(orderedOn, startUp.plusMonths(5)) + 1);
        Milestones.leadToldOnce(personRef, planId, Org.MUNICIPALITY, EventTypes.FOLLOW_UP_DUE, "PERIODIC_FOLLOW_UP",
                List.of(Org.RESOURCE_UNIT));
        Milestones.statusIs(Org.MUNICIPALITY, planId, "PERIODIC_FOLLOW_UP-1", "DUE");

        String followUpId = book("FOLLOW_UP", daysAhead + 3);
        moveClockTo(daysAhead + 4);
        hold(followUpId);
        Milestones.statusIs(Org.RESOURCE_UNIT, planId, "PERIODIC_FOLLOW_UP-1", "MET");
        // The next round counts from the follow-up that was held.
        LocalDate heldOn = orderedOn.plusDays(daysAhead);
        Org.MUNICIPALITY.to(Stack.PLAN).get("/api/v1/plans/{id}/milestones", planId).then().statusCode(200)
                .body("milestones.find { it.id == 'PERIODIC_FOLLOW_UP-2' }.dueBy",
                        equalTo(heldOn.plusMonths(6).toString()))
                .body("milestones.find { it.id == 'PERIODIC_FOLLOW_UP-2' }.status", equalTo("UPCOMING"));

        // One guardian stops cooperating; the youth, over 15, may go on without the parents' consent, and social
        // services' social worker, not the unit, decides so (seed 004).
        Org.RESOURCE_UNIT.to(Stack.PLAN).body("""
                {"on": "%s", "refusedBy": "GUARDIAN", "note": "Per Berg kommer inte längre till träffarna."}"""
                .formatted(heldOn)).post("/api/v1/plans/{id}/youth-order/refusals", planId).then().statusCode(201);
        Milestones.statusIs(Org.MUNICIPALITY, planId, "CONTINUATION_DECISION-" + heldOn, "DUE");
        String decision = """
                {"on": "%s", "decidedBy": "Socialsekreteraren", "continues": true,
                 "reasons": "Ungdomen vill fortsätta och insatsen behövs."}""".formatted(heldOn);
        Org.RESOURCE_UNIT.to(Stack.PLAN).body(decision)
                .post("/api/v1/plans/{id}/youth-order/continuation-decisions", planId).then().statusCode(403);
        Org.MUNICIPALITY.to(Stack.PLAN).body(decision)
                .post("/api/v1/plans/{id}/youth-order/continuation-decisions", planId).then().statusCode(201)
                .body("continuationDecisions[0].continues", equalTo(true));
        Milestones.statusIs(Org.RESOURCE_UNIT, planId, "CONTINUATION_DECISION-" + heldOn, "MET");
    }

    @Test
    @Order(5)
    void theAssignmentIsClosedWithItsGoalsMetAndBothAreTold() {
        // A consent's end is the system's reason to close, never a caller's.
        Org.MUNICIPALITY.to(Stack.PLAN).body("{\"reason\": \"CONSENT_WITHDRAWN\"}")
                .post("/api/v1/plans/{id}/closure", planId).then().statusCode(422);
        Org.MUNICIPALITY.to(Stack.PLAN).body("{\"reason\": \"GOALS_MET\", \"note\": \"Målen är nådda.\"}")
                .post("/api/v1/plans/{id}/closure", planId).then().statusCode(200).body("status", equalTo("CLOSED"));
        // A youth assignment's closure is documented within two weeks (seed 004).
        Milestones.statusIs(Org.MUNICIPALITY, planId, "CLOSURE_DOCUMENTATION", "DUE");

        Org.RESOURCE_UNIT.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        Inbox.told(PARTIES, EventTypes.PLAN_CLOSED, planLink());
        Inbox.nothingAbout(Org.OUTSIDER, planLink());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(2,
                Events.ofType(Topics.MEETING, personRef, EventTypes.MEETING_HELD).size()));
    }

    /** Social services' order for {@code person}, with the child's own view and who speaks for the child. */
    private String youthAssignment(String person) {
        return """
                {"personId": "%s", "kind": "YOUTH_ASSIGNMENT", "lead": {"orgId": "%s", "name": "%s"},
                 "parties": [%s, %s],
                 "individualGoal": "Jag vill gå i skolan varje dag och må bättre hemma.",
                 "needs": "Stöd i familjen kring skolnärvaro och konflikter hemma.",
                 "childView": {"text": "%s", "by": "Socialsekreteraren", "on": "%s"},
                 "childSpokesperson": {"name": "Lisa Berg", "role": "vårdnadshavare"},
                 "youthOrder": {"resourceUnitOrgId": "%s", "orderedOn": "%s", "interventionFrom": "%s",
                                "interventionTo": "%s"}}"""
                .formatted(person, Org.MUNICIPALITY.id(), Org.MUNICIPALITY.name(), Org.MUNICIPALITY.party(),
                        Org.RESOURCE_UNIT.party(), CHILDS_VIEW, orderedOn, Org.RESOURCE_UNIT.id(), orderedOn,
                        orderedOn.plusWeeks(2), orderedOn.plusMonths(12));
    }

    /** Books a meeting of the assignment for 10:00 this many days after the order, as social services. */
    private String book(String type, long daysAfterOrder) {
        OffsetDateTime startsAt = orderedOn.plusDays(daysAfterOrder).atTime(LocalTime.of(10, 0)).atZone(Bodies.SWEDEN)
                .toOffsetDateTime();
        String body = """
                {"planId": "%s", "personId": "%s", "type": "%s", "startsAt": "%s", "durationMinutes": 60,
                 "format": "PHYSICAL", "location": "SRV, Motala", "invitees": [
                   {"kind": "INDIVIDUAL", "name": "Ungdomen"},
                   {"kind": "RELATIVE", "name": "Lisa Berg", "relation": "GUARDIAN"},
                   {"kind": "PARTY", "orgId": "%s", "orgType": "MUNICIPALITY", "name": "%s"},
                   {"kind": "PARTY", "orgId": "%s", "orgType": "MUNICIPALITY", "name": "%s"}],
                 "chair": "Socialsekreteraren", "chairOrgId": "%s", "noteTaker": "Behandlaren", "noteTakerOrgId": "%s",
                 "adjusters": [{"name": "Socialsekreteraren", "orgId": "%s"}, {"name": "Behandlaren", "orgId": "%s"}]}"""
                .formatted(planId, personId, type, startsAt, Org.MUNICIPALITY.id(), Org.MUNICIPALITY.name(),
                        Org.RESOURCE_UNIT.id(), Org.RESOURCE_UNIT.name(), Org.MUNICIPALITY.id(), Org.RESOURCE_UNIT.id(),
                        Org.MUNICIPALITY.id(), Org.RESOURCE_UNIT.id());
        return Stories.book(1, body);
    }

    /** Social services, who called the meeting, record that everyone invited came. */
    private void hold(String meetingId) {
        List<String> invitees = Org.MUNICIPALITY.to(Stack.MEETING).get("/api/v1/meetings/{id}", meetingId).then()
                .statusCode(200).extract().jsonPath().getList("invitees.id", String.class);
        Org.MUNICIPALITY.to(Stack.MEETING)
                .body("{\"attendees\": [" + invitees.stream().map(id -> "\"" + id + "\"")
                        .collect(Collectors.joining(", ")) + "]}")
                .post("/api/v1/meetings/{id}/held", meetingId).then().statusCode(200).body("status", equalTo("HELD"))
                .body("attendees", containsInAnyOrder(invitees.toArray()));
    }

    private void moveClockTo(long daysAfterOrder) {
        daysAhead = daysAfterOrder;
        Stack.moveClockDays(daysAfterOrder);
    }

    private String planLink() {
        return "/api/v1/plans/" + planId;
    }
}
