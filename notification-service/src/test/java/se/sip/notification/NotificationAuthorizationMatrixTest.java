package se.sip.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.testinfra.AuthorizationMatrix;
import se.sip.testinfra.Home;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class NotificationAuthorizationMatrixTest extends AuthorizationMatrix {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final WebhookReceiver RECEIVER = new WebhookReceiver();

    @Inject
    PersonRefs personRefs;

    @AfterAll
    static void closeReceiver() {
        RECEIVER.close();
    }

    /**
     * A fresh organisation's subscription to meeting invitations, and a meeting event that invites it: the
     * notification in its inbox and the event's delivery to its receiver.
     */
    @Override
    protected Home home() {
        String org = Orgs.fresh("kommun");
        String person = TestPersons.next();
        String personRef = Events.personRef(personRefs, person);
        JsonPath subscription = WebhookDeliveryTest.subscribe(org, RECEIVER.url(), EventTypes.MEETING_SCHEDULED);
        String subscriptionId = subscription.getString("id");
        String event = WebhookDeliveryTest.meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, org);
        Events.publish(personRef, event);
        String notification = await().atMost(ARRIVAL).until(() -> given().header("Authorization", Orgs.caseworker(org))
                .get("/api/v1/notifications").then().statusCode(200).extract()
                .<String>path("items.find { it.eventId == '" + Events.id(event) + "' }.id"), id -> id != null);
        String delivery = await().atMost(ARRIVAL).until(() -> WebhookDeliveryTest.delivery(org, subscriptionId, event)
                .getString("id"), id -> id != null);
        return new Home(new Home.Org(org, "MUNICIPALITY"),
                Map.of("/api/v1/notifications/{id}", notification, "/api/v1/subscriptions/{id}", subscriptionId,
                        "deliveryId", delivery, "personId", person),
                List.of(person, notification, subscriptionId, delivery, subscription.getString("secret")));
    }

    @Override
    protected Home.NoConsent noConsent() {
        return Home.NoConsent.notApplicable(
                "an inbox and a subscription are one organisation's own; consent decides only whom an event tells");
    }
}
