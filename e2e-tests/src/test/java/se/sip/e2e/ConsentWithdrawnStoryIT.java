package se.sip.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;

import se.sip.platform.events.Topics;
import se.sip.testinfra.TestPersons;

/**
 * The other path of the main flow: the individual withdraws consent mid-way. consent-service announces it on
 * sip.consent.v1; meeting-service cancels the future meetings and plan-service closes the plans, each on its own.
 */
@ExtendWith(Stack.class)
class ConsentWithdrawnStoryIT {

    static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @Test
    void aWithdrawnConsentCancelsTheFutureMeetingsClosesThePlanAndEndsThePartiesAccess() {
        String personId = TestPersons.next();
        Response consent = Org.MUNICIPALITY.to(Stack.CONSENT).body(Bodies.consent(personId))
                .post("/api/v1/consents").then().statusCode(201).extract().response();
        String consentId = consent.path("id");
        String personRef = consent.path("personRef");
        String planId = Org.MUNICIPALITY.to(Stack.PLAN)
                .body(Bodies.lvmAftercarePlan(personId, Bodies.today().minusMonths(2)))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        String meetingBody = Bodies.meeting(planId, personId, "SIP", Bodies.at(14, 9));
        String meetingId = await().atMost(EVENTUALLY).until(() -> {
            Response r = Org.MUNICIPALITY.to(Stack.MEETING).body(meetingBody).post("/api/v1/meetings");
            return r.statusCode() == 201 ? r.<String>path("id") : null;
        }, id -> id != null);
        await().atMost(EVENTUALLY).untilAsserted(() -> Org.REGION.to(Stack.PLAN).get("/api/v1/plans/{id}", planId)
                .then().statusCode(200));

        Org.MUNICIPALITY.to(Stack.CONSENT)
                .body("{\"reason\": \"Den enskilde återkallade samtycket per telefon.\"}")
                .post("/api/v1/consents/{id}/withdrawal", consentId).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        // The lead keeps access to document the end; it sees the meeting cancelled and the plan closed.
        await().atMost(EVENTUALLY).untilAsserted(() -> Org.MUNICIPALITY.to(Stack.MEETING)
                .get("/api/v1/meetings/{id}", meetingId).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("CONSENT_WITHDRAWN")));
        await().atMost(EVENTUALLY).untilAsserted(() -> Org.MUNICIPALITY.to(Stack.PLAN)
                .get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closure.reason", equalTo("CONSENT_WITHDRAWN")));

        // The other parties no longer see anything: no consent shares the person's information with them.
        for (Org party : List.of(Org.SIS, Org.REGION)) {
            party.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(404);
            party.to(Stack.MEETING).get("/api/v1/meetings/{id}", meetingId).then().statusCode(404);
            party.to(Stack.CONSENT).get("/api/v1/consents/{id}", consentId).then().statusCode(404);
        }
        // Every party's system is told through the topics: the withdrawal, the cancellation, the closure.
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            assertEquals(1, Events.ofType(Topics.CONSENT, personRef, "se.sip.consent.withdrawn.v1").size());
            assertEquals(1, Events.ofType(Topics.MEETING, personRef, "se.sip.meeting.cancelled.v1").size());
            assertEquals(1, Events.ofType(Topics.PLAN, personRef, "se.sip.plan.closed.v1").size());
        });
        // And every party's inbox says so.
        List<Org> parties = List.of(Org.MUNICIPALITY, Org.SIS, Org.REGION);
        Inbox.told(parties, "se.sip.meeting.cancelled.v1", "/api/v1/meetings/" + meetingId);
        Inbox.told(parties, "se.sip.plan.closed.v1", "/api/v1/plans/" + planId);
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            for (Org party : parties) {
                party.to(Stack.NOTIFICATION).get("/api/v1/notifications").then().statusCode(200)
                        .body("items.eventType", hasItem("se.sip.consent.withdrawn.v1"));
            }
        });
        Inbox.nothingAbout(Org.OUTSIDER, "/api/v1/plans/" + planId);
    }
}
