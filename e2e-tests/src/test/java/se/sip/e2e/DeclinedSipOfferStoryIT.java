package se.sip.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;

import se.sip.platform.events.Topics;
import se.sip.testinfra.TestPersons;

/**
 * The individual declines the SIP offer (docs/domain.md): the municipality records the refusal with the needs it saw, and
 * nothing can be started on it.
 */
@ExtendWith(Stack.class)
class DeclinedSipOfferStoryIT {

    @Test
    void aDeclinedSipOfferIsRecordedWithTheNeedsSeenAndNoPlanCanBeStarted() {
        String personId = TestPersons.next();
        Response declined = Org.MUNICIPALITY.to(Stack.CONSENT).body("""
                {"personId": "%s", "decision": "DECLINED", "givenBy": {"role": "INDIVIDUAL"}, "form": "VERBAL",
                 "needsSeen": "Behöver stöd med boende och beroendevård från båda huvudmännen.",
                 "individualPosition": "Vill inte ha en SIP nu; kan tänka om efter utskrivningen."}"""
                .formatted(personId))
                .post("/api/v1/consents").then().statusCode(201).body("status", equalTo("DECLINED")).extract().response();
        String id = declined.path("id");
        String personRef = declined.path("personRef");

        Org.MUNICIPALITY.to(Stack.CONSENT).get("/api/v1/consents/{id}", id).then().statusCode(200)
                .body("needsSeen", containsString("boende"));
        for (Org other : new Org[] { Org.REGION, Org.SIS, Org.OUTSIDER }) {
            other.to(Stack.CONSENT).get("/api/v1/consents/{id}", id).then().statusCode(404);
        }
        // Without a consent in force no plan is started, and nothing is stored.
        Org.MUNICIPALITY.to(Stack.PLAN).body(Bodies.lvmAftercarePlan(personId, Bodies.today().minusMonths(1)))
                .post("/api/v1/plans").then().statusCode(422).body("detail", containsString("SHARE_INFORMATION"));
        Org.MUNICIPALITY.to(Stack.PLAN).queryParam("personId", personId).get("/api/v1/plans").then()
                .statusCode(200).body("total", equalTo(0));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1,
                Events.ofType(Topics.CONSENT, personRef, "se.sip.consent.declined.v1").size()));
    }
}
