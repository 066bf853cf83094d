package se.sip.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import se.sip.platform.events.EventTypes;
import se.sip.platform.events.Topics;
import se.sip.testinfra.TestPersons;

/**
 * Consent is exact: only the organisations a consent names record and withdraw it, and its end ends only what
 * depended on it. plan-service judges each plan; meeting-service cancels the meetings of a plan it closed;
 * notification-service tells whom each outcome concerns.
 */
@ExtendWith(Stack.class)
class ConsentExactStoryIT {

    static final Duration EVENTUALLY = Duration.ofSeconds(30);
    static final Duration QUIET = Duration.ofSeconds(5);

    @AfterEach
    void realTime() {
        Stack.moveClock(Duration.ZERO);
    }

    @Test
    void aStrangersConsentAndItsWithdrawalChangeNothingOfThePersonsPlan() {
        String personId = TestPersons.next();
        String planId = Stories.lvmPlanEveryPartyKnows(personId);
        String meetingId = Stories.book(1, planId, personId, "FOLLOW_UP", 20);
        String consentId = firstConsent(personId).id();

        // A consent that does not name its recorder is refused; one that does is the stranger's own.
        Org.OUTSIDER.to(Stack.CONSENT).body(Bodies.sharingConsent(personId, null, Org.MUNICIPALITY))
                .post("/api/v1/consents").then().statusCode(422);
        Response strangers = Org.OUTSIDER.to(Stack.CONSENT).body(Bodies.sharingConsent(personId, null, Org.OUTSIDER))
                .post("/api/v1/consents").then().statusCode(201).extract().response();
        // It may not withdraw the person's real consent, and cannot even tell that it exists.
        Org.OUTSIDER.to(Stack.CONSENT).body("{\"reason\": \"Påstått återkallat.\"}")
                .post("/api/v1/consents/{id}/withdrawal", consentId).then().statusCode(404);
        Org.OUTSIDER.to(Stack.CONSENT).body("{\"reason\": \"Återkallat.\"}")
                .post("/api/v1/consents/{id}/withdrawal", strangers.<String>path("id")).then().statusCode(200);
        String personRef = strangers.path("personRef");
        await().atMost(EVENTUALLY).until(() -> Events.ofType(Topics.CONSENT, personRef,
                EventTypes.CONSENT_WITHDRAWN).size() == 1);

        await().during(QUIET).atMost(QUIET.plusSeconds(10)).untilAsserted(() -> {
            Org.MUNICIPALITY.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(200)
                    .body("status", equalTo("ACTIVE"));
            Org.REGION.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(200);
            Org.MUNICIPALITY.to(Stack.MEETING).get("/api/v1/meetings/{id}", meetingId).then().statusCode(200)
                    .body("status", equalTo("SCHEDULED"));
        });
        List<String> planEvents = types(Topics.PLAN, personRef);
        for (String consequence : List.of(EventTypes.PLAN_CLOSED, EventTypes.PLAN_CONSENT_REPLACED,
                EventTypes.PLAN_PARTY_ACCESS_ENDED)) {
            assertFalse(planEvents.contains(consequence), consequence + " in " + planEvents);
        }
        Org.MUNICIPALITY.to(Stack.CONSENT).get("/api/v1/consents/{id}", consentId).then()
                .body("status", equalTo("ACTIVE"));
        Inbox.notTold(Org.REGION, EventTypes.CONSENT_WITHDRAWN, "/api/v1/consents/" + strangers.path("id"));
        Inbox.nothingAbout(Org.OUTSIDER, "/api/v1/plans/" + planId);
    }

    @Test
    void withTwoConsentsOneWithdrawnThePlanStaysOnTheOtherAndThePartyItDoesNotNameLosesAccess() {
        String personId = TestPersons.next();
        String planId = Stories.lvmPlanEveryPartyKnows(personId);
        String meetingId = Stories.book(1, planId, personId, "FOLLOW_UP", 20);
        String first = firstConsent(personId).id();
        String second = Org.MUNICIPALITY.to(Stack.CONSENT)
                .body(Bodies.sharingConsent(personId, null, Org.MUNICIPALITY, Org.SIS))
                .post("/api/v1/consents").then().statusCode(201).extract().path("id");
        Org.MUNICIPALITY.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then()
                .body("consent.id", equalTo(first)).body("consent.restrictions", equalTo(null));

        // The individual tells the region, which the consent names: it may record the withdrawal.
        Org.REGION.to(Stack.CONSENT).body("{\"reason\": \"Den enskilde återkallade samtycket till regionen.\"}")
                .post("/api/v1/consents/{id}/withdrawal", first).then().statusCode(200);

        await().atMost(EVENTUALLY).untilAsserted(() -> Org.MUNICIPALITY.to(Stack.PLAN)
                .get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("consent.id", equalTo(second))
                .body("consent.restrictions", equalTo("Inget om min ekonomi till SiS.")));
        String link = "/api/v1/plans/" + planId;
        Inbox.told(List.of(Org.MUNICIPALITY), EventTypes.PLAN_CONSENT_REPLACED, link);
        Inbox.told(List.of(Org.REGION), EventTypes.PLAN_PARTY_ACCESS_ENDED, link);
        Inbox.notTold(Org.SIS, EventTypes.PLAN_PARTY_ACCESS_ENDED, link);
        Org.REGION.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(404);
        Org.SIS.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .body("parties.orgId", equalTo(List.of(Org.MUNICIPALITY.id(), Org.SIS.id(), Org.REGION.id())));
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).untilAsserted(() -> Org.MUNICIPALITY.to(Stack.MEETING)
                .get("/api/v1/meetings/{id}", meetingId).then().body("status", equalTo("SCHEDULED")));
        String personRef = firstConsent(personId).personRef();
        assertTrue(Events.ofType(Topics.PLAN, personRef, EventTypes.PLAN_CLOSED).isEmpty());
    }

    @Test
    void aConsentThatRunsOutIsAnnouncedToTheLeadThenClosesThePlanAndCancelsItsMeetings() {
        String personId = TestPersons.next();
        Response consent = Org.MUNICIPALITY.to(Stack.CONSENT)
                .body(Bodies.sharingConsent(personId, Bodies.today().plusDays(40), Org.MUNICIPALITY, Org.SIS,
                        Org.REGION))
                .post("/api/v1/consents").then().statusCode(201).extract().response();
        String consentId = consent.path("id");
        String personRef = consent.path("personRef");
        String planId = Org.MUNICIPALITY.to(Stack.PLAN)
                .body(Bodies.lvmAftercarePlan(personId, Bodies.today().minusMonths(2)))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        String meetingId = Stories.book(1, planId, personId, "FOLLOW_UP", 50);

        Stack.moveClockDays(11);
        await().atMost(EVENTUALLY).until(() -> Events.ofType(Topics.CONSENT, personRef,
                EventTypes.CONSENT_EXPIRING).size() == 1);
        Inbox.told(List.of(Org.MUNICIPALITY), EventTypes.CONSENT_EXPIRING, "/api/v1/consents/" + consentId);
        Inbox.notTold(Org.REGION, EventTypes.CONSENT_EXPIRING, "/api/v1/consents/" + consentId);

        Stack.moveClockDays(41);
        await().atMost(EVENTUALLY).untilAsserted(() -> Org.MUNICIPALITY.to(Stack.PLAN)
                .get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closure.reason", equalTo("CONSENT_EXPIRED")));
        await().atMost(EVENTUALLY).untilAsserted(() -> Org.MUNICIPALITY.to(Stack.MEETING)
                .get("/api/v1/meetings/{id}", meetingId).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("CONSENT_EXPIRED")));
        Inbox.told(Stories.LVM_PARTIES, EventTypes.PLAN_CLOSED, "/api/v1/plans/" + planId);
        assertEquals(1, Events.ofType(Topics.CONSENT, personRef, EventTypes.CONSENT_EXPIRING).size());
        assertEquals(1, Events.ofType(Topics.CONSENT, personRef, EventTypes.CONSENT_EXPIRED).size());
    }

    @Test
    void aWithdrawalAndANewConsentAtOnceLeaveThePlanAndItsMeetingsInOneConsistentState() {
        String personId = TestPersons.next();
        String planId = Stories.lvmPlanEveryPartyKnows(personId);
        String meetingId = Stories.book(1, planId, personId, "FOLLOW_UP", 20);
        StoryConsent first = firstConsent(personId);
        String personRef = first.personRef();

        CompletableFuture<Response> renewed = CompletableFuture.supplyAsync(() -> Org.MUNICIPALITY.to(Stack.CONSENT)
                .body(Bodies.sharingConsent(personId, null, Org.MUNICIPALITY, Org.SIS, Org.REGION))
                .post("/api/v1/consents"));
        CompletableFuture<Response> withdrawal = CompletableFuture.supplyAsync(() -> Org.REGION.to(Stack.CONSENT)
                .body("{\"reason\": \"Återkallat.\"}").post("/api/v1/consents/{id}/withdrawal", first.id()));
        assertEquals(201, renewed.join().statusCode());
        assertEquals(200, withdrawal.join().statusCode());
        String second = renewed.join().path("id");

        List<String> outcome = await().atMost(EVENTUALLY).until(() -> types(Topics.PLAN, personRef),
                types -> types.contains(EventTypes.PLAN_CLOSED) || types.contains(EventTypes.PLAN_CONSENT_REPLACED));
        if (outcome.contains(EventTypes.PLAN_CLOSED)) {
            await().atMost(EVENTUALLY).untilAsserted(() -> Org.MUNICIPALITY.to(Stack.MEETING)
                    .get("/api/v1/meetings/{id}", meetingId).then().body("status", equalTo("CANCELLED")));
            Org.MUNICIPALITY.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then()
                    .body("status", equalTo("CLOSED")).body("closure.reason", equalTo("CONSENT_WITHDRAWN"));
        } else {
            Org.MUNICIPALITY.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then()
                    .body("status", equalTo("ACTIVE")).body("consent.id", equalTo(second));
            await().during(QUIET).atMost(QUIET.plusSeconds(10)).untilAsserted(() -> Org.MUNICIPALITY.to(Stack.MEETING)
                    .get("/api/v1/meetings/{id}", meetingId).then().body("status", equalTo("SCHEDULED")));
            Org.REGION.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(200);
        }
        List<String> settled = types(Topics.PLAN, personRef);
        assertTrue(settled.contains(EventTypes.PLAN_CLOSED) != settled.contains(EventTypes.PLAN_CONSENT_REPLACED),
                "closed or moved to the new consent, never both: " + settled);
        Org.MUNICIPALITY.to(Stack.CONSENT).get("/api/v1/consents/{id}", first.id()).then()
                .body("status", equalTo("WITHDRAWN")).body("withdrawal.org", containsString(Org.REGION.id()));
    }

    /** The story's consent: the first the person gave, as the municipality sees it (the list is newest first). */
    private static StoryConsent firstConsent(String personId) {
        JsonPath page = Org.MUNICIPALITY.to(Stack.CONSENT).queryParam("personId", personId)
                .get("/api/v1/consents").then().statusCode(200).extract().jsonPath();
        return new StoryConsent(page.getString("items[-1].id"), page.getString("items[-1].personRef"));
    }

    private record StoryConsent(String id, String personRef) {
    }

    private static List<String> types(String topic, String personRef) {
        return Events.of(topic, personRef).stream().map(e -> e.get("type").asText()).toList();
    }
}
