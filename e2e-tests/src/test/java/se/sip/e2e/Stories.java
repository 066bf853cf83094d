package se.sip.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.restassured.response.Response;

import se.sip.platform.events.EventTypes;

/** What the stories share: a consented LVM-aftercare plan its parties know of, and booking its meetings. */
final class Stories {

    static final List<Org> LVM_PARTIES = List.of(Org.MUNICIPALITY, Org.SIS, Org.REGION);

    private Stories() {
    }

    /** Consent, then the municipality's LVM-aftercare plan (care began two months ago); returns once all are told. */
    static String lvmPlanEveryPartyKnows(String personId) {
        Org.MUNICIPALITY.to(Stack.CONSENT).body(Bodies.consent(personId)).post("/api/v1/consents").then()
                .statusCode(201);
        String planId = Org.MUNICIPALITY.to(Stack.PLAN)
                .body(Bodies.lvmAftercarePlan(personId, Bodies.today().minusMonths(2)))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        Inbox.told(LVM_PARTIES, EventTypes.PLAN_CREATED, "/api/v1/plans/" + planId);
        return planId;
    }

    /** Books a meeting at 09:00 in {@code days} as the municipality, once meeting-service has the plan. */
    static String book(int replica, String planId, String personId, String type, int days) {
        return book(replica, Bodies.meeting(planId, personId, type, Bodies.at(days, 9)));
    }

    /** Books the meeting as the municipality, once meeting-service has its plan (from sip.plan.v1); its id. */
    static String book(int replica, String body) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response r = Org.MUNICIPALITY.to(Stack.MEETING, replica).body(body).post("/api/v1/meetings");
            return r.statusCode() == 201 ? r.<String>path("id") : null;
        }, id -> id != null);
    }
}
