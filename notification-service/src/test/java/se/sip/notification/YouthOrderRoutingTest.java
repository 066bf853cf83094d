package se.sip.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.notification.NotificationRoutingTest.assertNoPersonalNumber;
import static se.sip.notification.NotificationRoutingTest.awaitNotification;
import static se.sip.notification.NotificationRoutingTest.eventIds;
import static se.sip.notification.NotificationRoutingTest.inbox;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.svix.Webhook;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import se.sip.platform.events.EventParty;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.events.YouthOrderDeclinedData;
import se.sip.platform.person.PersonRefs;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * A youth assignment (seed 004) whose resource unit answers the order that it will not execute it, from the real
 * broker: the lead organisation alone is told, marked for its managers (audience MANAGERS), who read the reasons in
 * the plan; the inbox lists by audience; a webhook subscribed to the type gets the event as it came. An event's
 * notifications are written in one transaction: once the lead has its notification, those not told have none.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class YouthOrderRoutingTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final LocalDate ANSWERED_ON = LocalDate.parse("2026-11-23");

    @Inject
    PersonRefs personRefs;

    @Test
    void aDeclinedOrderReachesOnlyTheLeadMarkedForItsManagers() {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String lead = Orgs.fresh("kommun");
        String resourceUnit = Orgs.fresh("srv");
        String school = Orgs.fresh("skola");
        UUID planId = UUID.randomUUID();
        String created = youthPlan(personRef, planId, lead, resourceUnit, school);
        String declined = declined(personRef, planId, lead, resourceUnit);
        Events.publish(personRef, declined);

        awaitNotification(lead, Events.id(declined));
        JsonPath inbox = inbox(lead, null);
        String item = "items.find { it.eventId == '" + Events.id(declined) + "' }";
        assertEquals("MANAGERS", inbox.getString(item + ".audience"));
        assertEquals("/api/v1/plans/" + planId, inbox.getString(item + ".link"));
        assertEquals("Resursenheten " + resourceUnit + " svarade 2026-11-23 att den inte kommer att verkställa"
                + " beställningen. Läs skälen i planen och ta ställning till hur ärendet ska gå vidare.",
                inbox.getString(item + ".textSv"));
        assertEquals("The resource unit " + resourceUnit + " answered on 2026-11-23 that it will not execute the"
                + " order. Read the reasons in the plan and decide how to go on.", inbox.getString(item + ".textEn"));
        assertEquals("ALL", inbox.getString("items.find { it.eventId == '" + Events.id(created) + "' }.audience"),
                "every other notification is for all");
        for (String other : List.of(resourceUnit, school)) {
            assertTrue(eventIds(other).contains(Events.id(created)), "a party of the plan: " + other);
            assertFalse(eventIds(other).contains(Events.id(declined)), "not the lead: " + other);
        }
        assertNoPersonalNumber(personalNumber, lead);
    }

    @Test
    void aDeclinedOrderThatNamesNoLeadReachesTheLeadThePlanProjectionKnows() {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String lead = Orgs.fresh("kommun");
        String resourceUnit = Orgs.fresh("srv");
        UUID planId = UUID.randomUUID();
        youthPlan(personRef, planId, lead, resourceUnit, Orgs.fresh("skola"));
        String declined = declined(personRef, planId, null, resourceUnit);
        Events.publish(personRef, declined);

        awaitNotification(lead, Events.id(declined));
        assertFalse(eventIds(resourceUnit).contains(Events.id(declined)));
    }

    @Test
    void theInboxListsByAudience() {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String lead = Orgs.fresh("kommun");
        UUID planId = UUID.randomUUID();
        String created = youthPlan(personRef, planId, lead, Orgs.fresh("srv"), Orgs.fresh("skola"));
        String declined = declined(personRef, planId, lead, Orgs.fresh("srv"));
        Events.publish(personRef, declined);
        awaitNotification(lead, Events.id(declined));

        assertEquals(List.of(Events.id(declined)), listed(lead, "MANAGERS").getList("items.eventId"));
        assertEquals(List.of(Events.id(created)), listed(lead, "ALL").getList("items.eventId"));
        assertEquals(1, listed(lead, "MANAGERS").getInt("total"));
        for (String unknown : List.of("managers", "EVERYONE")) {
            given().header("Authorization", Orgs.caseworker(lead)).queryParam("audience", unknown)
                    .get("/api/v1/notifications")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:sip:problem:validation"))
                    .body("errors[0].field", equalTo("audience"))
                    .body("errors[0].message", equalTo("must be one of ALL, MANAGERS"));
        }
    }

    @Test
    void aDeclinedOrderReachesTheLeadsWebhookAsItCameAndNoOtherPartys() throws Exception {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String lead = Orgs.fresh("kommun");
        String resourceUnit = Orgs.fresh("srv");
        UUID planId = UUID.randomUUID();
        try (WebhookReceiver leadReceiver = new WebhookReceiver();
                WebhookReceiver unitReceiver = new WebhookReceiver()) {
            JsonPath subscription = WebhookDeliveryTest.subscribe(lead, leadReceiver.url(),
                    EventTypes.YOUTH_ORDER_DECLINED);
            String unitSubscriptionId = WebhookDeliveryTest.subscribe(resourceUnit, unitReceiver.url(),
                    EventTypes.YOUTH_ORDER_DECLINED).getString("id");
            youthPlan(personRef, planId, lead, resourceUnit, Orgs.fresh("skola"));
            String declined = declined(personRef, planId, lead, resourceUnit);
            Events.publish(personRef, declined);

            await().atMost(ARRIVAL).until(() -> leadReceiver.receivedFor(Events.id(declined)).size() == 1);
            WebhookReceiver.Received request = leadReceiver.receivedFor(Events.id(declined)).get(0);
            new Webhook(subscription.getString("secret")).verify(request.body(),
                    WebhookDeliveryTest.lowerCased(request.headers()));
            assertEquals(Events.JSON.readTree(declined), Events.JSON.readTree(request.body()));
            assertEquals("DELIVERED", WebhookDeliveryTest.delivery(lead, subscription.getString("id"), declined)
                    .getString("status"));
            // The event's deliveries are written in one transaction: the lead's exists, so the resource unit has none.
            assertEquals(0, WebhookDeliveryTest.deliveries(resourceUnit, unitSubscriptionId, null).getInt("total"));
            assertTrue(unitReceiver.received().isEmpty());
        }
    }

    /**
     * A youth assignment's plan, a collaboration plan of the lead, the resource unit that is to execute the order and
     * a school; published and awaited at the lead, so the projection knows it before the next event.
     */
    private static String youthPlan(String personRef, UUID planId, String lead, String resourceUnit, String school) {
        String created = Events.event(EventTypes.PLAN_CREATED, personRef, planId, new PlanEventData(personRef,
                planId, "COLLABORATION", "ACTIVE", lead, List.of(lead, resourceUnit, school),
                List.of(new EventParty(lead, "MUNICIPALITY"), new EventParty(resourceUnit, "MUNICIPALITY"),
                        new EventParty(school, "OTHER")), null, UUID.randomUUID()));
        Events.publish(personRef, created);
        awaitNotification(lead, Events.id(created));
        return created;
    }

    private static String declined(String personRef, UUID planId, String lead, String resourceUnit) {
        return Events.event(EventTypes.YOUTH_ORDER_DECLINED, personRef, planId,
                new YouthOrderDeclinedData(personRef, planId, lead, resourceUnit, ANSWERED_ON));
    }

    private static JsonPath listed(String org, String audience) {
        return given().header("Authorization", Orgs.caseworker(org)).queryParam("audience", audience)
                .queryParam("size", 200).get("/api/v1/notifications").then().statusCode(200).extract().jsonPath();
    }
}
