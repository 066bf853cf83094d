package se.sip.meeting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.sip.meeting.MeetingFixtures.ARRIVAL;
import static se.sip.meeting.MeetingFixtures.MUNICIPALITY;
import static se.sip.meeting.MeetingFixtures.REGION;
import static se.sip.meeting.MeetingFixtures.STRANGER;
import static se.sip.meeting.MeetingFixtures.book;
import static se.sip.meeting.MeetingFixtures.caseworker;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.municipality;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.ConsentEventFeed;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/** Meetings are visible as their plan: the lead always, a party while consent shares with it, nobody else. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class MeetingVisibilityTest {

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @Test
    void aPartyWithSharingConsentSeesTheMeetingAndAStrangerGets404() {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        UUID planId = knownPlan(plans, personRef, "SIP");
        String id = book(planId, person, "2026-12-10T09:00:00+01:00");

        caseworker(REGION, "REGION").get("/api/v1/meetings/" + id).then().statusCode(404);
        caseworker(STRANGER, "MUNICIPALITY").get("/api/v1/meetings/" + id).then().statusCode(404);

        ConsentEventFeed.publish(personRef, ConsentEventFeed.event(EventTypes.CONSENT_GRANTED, personRef,
                UUID.randomUUID().toString(), "ACTIVE", List.of("CONVENE_MEETING", "SHARE_INFORMATION"),
                List.of(MUNICIPALITY, REGION), MUNICIPALITY));

        await().atMost(ARRIVAL).untilAsserted(() -> caseworker(REGION,
                "REGION").get("/api/v1/meetings/" + id).then().statusCode(200).body("id", equalTo(id)));
        caseworker(REGION, "REGION").queryParam("personId", person).get("/api/v1/meetings")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        // The search keeps the number out of the URL and answers alike; the stranger's counts nothing.
        caseworker(REGION, "REGION").body("{\"personId\": \"" + person + "\"}").post("/api/v1/meetings/search")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        caseworker(REGION, "REGION").body("{\"personId\": \"" + person + "\", \"from\": \"2026-12-11T00:00:00Z\"}")
                .post("/api/v1/meetings/search").then().statusCode(200).body("total", equalTo(0));
        caseworker(STRANGER, "MUNICIPALITY").body("{\"personId\": \"" + person + "\"}")
                .post("/api/v1/meetings/search").then().statusCode(200).body("total", equalTo(0));
        caseworker(STRANGER, "MUNICIPALITY").get("/api/v1/meetings/" + id).then().statusCode(404);
        caseworker(STRANGER, "MUNICIPALITY").queryParam("planId", planId.toString()).get("/api/v1/meetings")
                .then().statusCode(200).body("total", equalTo(0));
        municipality().queryParam("planId", planId.toString()).queryParam("from", "2026-12-11T00:00:00Z")
                .get("/api/v1/meetings").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void ourOwnServicesReadEveryMeetingAndAPartnerIntegrationOnlyItsOwn() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, personRefs.of(PersonalIdentityNumber.parse(person)), "SIP");
        String id = book(planId, person, "2026-12-10T09:00:00+01:00");

        given().header("Authorization", Tokens.service("notification-service"))
                .get("/api/v1/meetings/" + id).then().statusCode(200).body("id", equalTo(id));
        given().header("Authorization", Tokens.service("notification-service"))
                .get("/api/v1/meetings/" + id + "/invitation.ics").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("journal-system", STRANGER, "MUNICIPALITY", "integration"))
                .get("/api/v1/meetings/" + id).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("someone", "sip-platform", "OTHER", "caseworker"))
                .get("/api/v1/meetings/" + id).then().statusCode(404);
    }

    @Test
    void aListWithoutPersonOrPlanIs400() {
        municipality().get("/api/v1/meetings").then().statusCode(400);
    }
}
