package se.sip.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.svix.Webhook;
import com.svix.exceptions.WebhookVerificationException;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import se.sip.notification.routing.NoticeRules;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MeetingEventData;
import se.sip.platform.events.PartyAccessEndedData;
import se.sip.platform.events.PlanChangedData;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.person.PersonRefs;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/**
 * Webhooks to a real HTTP receiver: Standard Webhooks signatures that an independent implementation (Svix's)
 * verifies, at least once but once per event, retried with growing waits, parked and re-sent, and one dead receiver
 * never holding up another.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class WebhookDeliveryTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Inject
    PersonRefs personRefs;

    @Test
    void eachSubscribedEventArrivesOnceSignedAsStandardWebhooksSays() throws Exception {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String org = Orgs.fresh("kommun");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath subscription = subscribe(org, receiver.url(), EventTypes.MEETING_SCHEDULED);
            String secret = subscription.getString("secret");
            String scheduled = meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, org);
            String cancelled = meetingEvent(EventTypes.MEETING_CANCELLED, personRef, org);

            Events.publish(personRef, scheduled);
            Events.publish(personRef, scheduled);
            Events.publish(personRef, cancelled);
            String later = meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, org);
            Events.publish(personRef, later);

            await().atMost(ARRIVAL).until(() -> receiver.receivedFor(Events.id(later)).size() == 1);
            List<WebhookReceiver.Received> got = receiver.receivedFor(Events.id(scheduled));
            assertEquals(1, got.size(), "the event delivered twice by Kafka is sent once");
            assertTrue(receiver.receivedFor(Events.id(cancelled)).isEmpty(), "not subscribed to cancellations");
            WebhookReceiver.Received request = got.get(0);
            new Webhook(secret).verify(request.body(), lowerCased(request.headers()));
            assertEquals(Events.JSON.readTree(scheduled), Events.JSON.readTree(request.body()));
            assertEquals("application/cloudevents+json; charset=UTF-8", request.header("Content-Type"));
            assertFalse(request.body().contains(personalNumber) || request.body().contains(personalNumber.substring(2)));
            // Tampered bytes do not verify.
            assertThrows(WebhookVerificationException.class, () -> new Webhook(secret)
                    .verify(request.body().replace("SIP", "SIQ"), lowerCased(request.headers())));

            JsonPath deliveries = deliveries(org, subscription.getString("id"), null);
            assertEquals(1, deliveries.getList("items.findAll { it.eventId == '" + Events.id(scheduled) + "' }").size());
            assertEquals("DELIVERED", deliveries.getString("items.find { it.eventId == '" + Events.id(scheduled)
                    + "' }.status"));
        }
    }

    @Test
    void aDeliveredEventIsLoggedAsTheSubscribersReadOfThePersonsData() throws Exception {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String org = Orgs.fresh("kommun");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String subscription = subscribe(org, receiver.url(), EventTypes.MEETING_SCHEDULED).getString("id");
            String scheduled = meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, org);

            Events.publish(personRef, scheduled);

            await().atMost(ARRIVAL).until(() -> receiver.receivedFor(Events.id(scheduled)).size() == 1);
            await().atMost(ARRIVAL).untilAsserted(() -> given()
                    .header("Authorization", Tokens.bearer("aud-" + org, org, "MUNICIPALITY", "auditor"))
                    .contentType("application/json").body(Map.of("personId", personalNumber))
                    .post("/api/v1/access-log/search").then().statusCode(200)
                    .body("items.findAll { it.resourceType == 'webhook-delivery' }.size()", equalTo(1))
                    .body("items.find { it.resourceType == 'webhook-delivery' }.resourceId",
                            equalTo(Events.id(scheduled)))
                    .body("items.find { it.resourceType == 'webhook-delivery' }.sub",
                            equalTo("webhook-subscription:" + subscription))
                    .body("items.find { it.resourceType == 'webhook-delivery' }.orgType", equalTo("MUNICIPALITY"))
                    .body("items.find { it.resourceType == 'webhook-delivery' }.action", equalTo("READ"))
                    .body("items.find { it.resourceType == 'webhook-delivery' }.outcome", equalTo("PERMITTED")));
        }
    }

    @Test
    void theConsentEndsEventsCanBeSubscribedAndReachOnlyTheSubscribersTheyTell() throws Exception {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String party = Orgs.fresh("sis");
        String lead = Orgs.fresh("kommun");
        try (WebhookReceiver partyReceiver = new WebhookReceiver();
                WebhookReceiver leadReceiver = new WebhookReceiver()) {
            JsonPath subscription = subscribe(party, partyReceiver.url(), EventTypes.CONSENT_EXPIRED,
                    EventTypes.CONSENT_EXPIRING, EventTypes.PLAN_CONSENT_REPLACED, EventTypes.PLAN_PARTY_ACCESS_ENDED);
            String leadSubscriptionId = subscribe(lead, leadReceiver.url(), EventTypes.PLAN_PARTY_ACCESS_ENDED)
                    .getString("id");
            UUID planId = UUID.randomUUID();
            String accessEnded = Events.event(EventTypes.PLAN_PARTY_ACCESS_ENDED, personRef, planId,
                    new PartyAccessEndedData(personRef, planId, lead, List.of(party), UUID.randomUUID(),
                            "CONSENT_EXPIRED"));
            Events.publish(personRef, accessEnded);

            await().atMost(ARRIVAL).until(() -> partyReceiver.receivedFor(Events.id(accessEnded)).size() == 1);
            WebhookReceiver.Received request = partyReceiver.receivedFor(Events.id(accessEnded)).get(0);
            new Webhook(subscription.getString("secret")).verify(request.body(), lowerCased(request.headers()));
            assertEquals(Events.JSON.readTree(accessEnded), Events.JSON.readTree(request.body()));
            // The event's deliveries are written in one transaction: the party's exists, so the lead has none.
            assertEquals(0, deliveries(lead, leadSubscriptionId, null).getInt("total"));
            assertTrue(leadReceiver.received().isEmpty());
        }
    }

    @Test
    void returnedMinutesReachTheNoteTakersWebhookAndNoAdjustersOne() throws Exception {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String noteTaker = Orgs.fresh("kommun");
        String adjuster = Orgs.fresh("region");
        try (WebhookReceiver noteTakerReceiver = new WebhookReceiver();
                WebhookReceiver adjusterReceiver = new WebhookReceiver()) {
            JsonPath subscription = subscribe(noteTaker, noteTakerReceiver.url(), EventTypes.MINUTES_RETURNED);
            String adjusterSubscriptionId = subscribe(adjuster, adjusterReceiver.url(), EventTypes.MINUTES_SUBMITTED,
                    EventTypes.MINUTES_ANSWER_DUE, EventTypes.MINUTES_RETURNED).getString("id");
            String returned = Events.minutes(EventTypes.MINUTES_RETURNED, personRef, UUID.randomUUID(),
                    List.of(adjuster, Orgs.fresh("kommun")), LocalDate.parse("2026-12-19"), noteTaker, adjuster);
            Events.publish(personRef, returned);

            await().atMost(ARRIVAL).until(() -> noteTakerReceiver.receivedFor(Events.id(returned)).size() == 1);
            WebhookReceiver.Received request = noteTakerReceiver.receivedFor(Events.id(returned)).get(0);
            new Webhook(subscription.getString("secret")).verify(request.body(), lowerCased(request.headers()));
            assertEquals(Events.JSON.readTree(returned), Events.JSON.readTree(request.body()));
            assertFalse(request.body().contains(personalNumber)
                    || request.body().contains(personalNumber.substring(2)));
            assertTrue(NotificationRoutingTest.eventIds(noteTaker).contains(Events.id(returned)), "and its inbox");
            // The event's deliveries are written in one transaction: the note-taker's exists, so the adjuster has none.
            assertEquals(0, deliveries(adjuster, adjusterSubscriptionId, null).getInt("total"));
            assertTrue(adjusterReceiver.received().isEmpty());
        }
    }

    @Test
    void aChangeOfThePlansContentReachesThePartiesWebhooksAndNoInbox() throws Exception {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String lead = Orgs.fresh("kommun");
        String region = Orgs.fresh("region");
        String outsider = Orgs.fresh("kommun");
        try (WebhookReceiver regionReceiver = new WebhookReceiver();
                WebhookReceiver outsiderReceiver = new WebhookReceiver()) {
            JsonPath subscription = subscribe(region, regionReceiver.url(), EventTypes.PLAN_CHANGED);
            String outsiderSubscriptionId = subscribe(outsider, outsiderReceiver.url(), EventTypes.PLAN_CHANGED)
                    .getString("id");
            UUID planId = UUID.randomUUID();
            String created = Events.event(EventTypes.PLAN_CREATED, personRef, planId, new PlanEventData(personRef,
                    planId, "SIP", "ACTIVE", lead, List.of(lead, region), List.of(), null, UUID.randomUUID()));
            Events.publish(personRef, created);
            String changed = Events.event(EventTypes.PLAN_CHANGED, personRef, planId, new PlanChangedData(personRef,
                    planId, 5, List.of("needs", "actions"), lead, List.of(lead, region)));
            Events.publish(personRef, changed);

            await().atMost(ARRIVAL).until(() -> regionReceiver.receivedFor(Events.id(changed)).size() == 1);
            WebhookReceiver.Received request = regionReceiver.receivedFor(Events.id(changed)).get(0);
            new Webhook(subscription.getString("secret")).verify(request.body(), lowerCased(request.headers()));
            assertEquals(Events.JSON.readTree(changed), Events.JSON.readTree(request.body()));
            assertFalse(request.body().contains(personalNumber) || request.body().contains(personalNumber.substring(2)));
            // The event's inbox notifications and deliveries are written in one transaction, after the plan's
            // creation: that is in the inboxes, the change in none, and no delivery to one not a party.
            for (String party : List.of(lead, region)) {
                List<String> inbox = NotificationRoutingTest.eventIds(party);
                assertTrue(inbox.contains(Events.id(created)));
                assertFalse(inbox.contains(Events.id(changed)), "a change of the plan's content in an inbox");
            }
            assertEquals(0, deliveries(outsider, outsiderSubscriptionId, null).getInt("total"));
            assertTrue(outsiderReceiver.received().isEmpty());
        }
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsItOnTheFourthWithGrowingWaits() {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        try (WebhookReceiver receiver = new WebhookReceiver().answering(200, 503, 500, 429)) {
            String subscriptionId = subscribe(org, receiver.url(), EventTypes.MEETING_SCHEDULED).getString("id");
            String scheduled = meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, org);
            Events.publish(personRef, scheduled);

            await().atMost(ARRIVAL).until(() -> "DELIVERED".equals(delivery(org, subscriptionId, scheduled)
                    .getString("status")));
            JsonPath d = delivery(org, subscriptionId, scheduled);
            assertEquals(List.of(503, 500, 429, 200), d.getList("attempts.statusCode"));
            List<Instant> at = d.getList("attempts.attemptedAt", String.class).stream().map(Instant::parse).toList();
            Duration first = Duration.between(at.get(0), at.get(1));
            Duration second = Duration.between(at.get(1), at.get(2));
            Duration third = Duration.between(at.get(2), at.get(3));
            assertTrue(first.compareTo(Duration.ofMillis(300)) >= 0, "waited at least the first delay: " + first);
            assertTrue(second.compareTo(first) > 0 && third.compareTo(second) > 0,
                    "each wait longer than the one before: " + first + ", " + second + ", " + third);
            assertEquals(4, receiver.receivedFor(Events.id(scheduled)).size());
        }
    }

    @Test
    void aGoneReceiverIsParkedAtOnce() {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        try (WebhookReceiver receiver = new WebhookReceiver().answering(410)) {
            String subscriptionId = subscribe(org, receiver.url(), EventTypes.MEETING_SCHEDULED).getString("id");
            String scheduled = meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, org);
            Events.publish(personRef, scheduled);

            await().atMost(ARRIVAL).until(() -> "FAILED".equals(delivery(org, subscriptionId, scheduled)
                    .getString("status")));
            assertEquals(List.of(410), delivery(org, subscriptionId, scheduled).getList("attempts.statusCode"));
        }
    }

    @Test
    void aRetryAfterLongerThanTheScheduleIsHonoured() {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        try (WebhookReceiver receiver = new WebhookReceiver().answering(200, 429).retryAfter(2)) {
            String subscriptionId = subscribe(org, receiver.url(), EventTypes.MEETING_SCHEDULED).getString("id");
            String scheduled = meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, org);
            Events.publish(personRef, scheduled);

            await().atMost(ARRIVAL).until(() -> "DELIVERED".equals(delivery(org, subscriptionId, scheduled)
                    .getString("status")));
            List<Instant> at = delivery(org, subscriptionId, scheduled).getList("attempts.attemptedAt", String.class)
                    .stream().map(Instant::parse).toList();
            assertEquals(2, at.size());
            Duration waited = Duration.between(at.get(0), at.get(1));
            assertTrue(waited.compareTo(Duration.ofSeconds(2)) >= 0, "waited as Retry-After said: " + waited);
        }
    }

    @Test
    void aDeadReceiverIsParkedAndReSendableWhileAHealthyOneIsNotDelayed() {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        String other = Orgs.fresh("region");
        try (WebhookReceiver dead = new WebhookReceiver().answering(204, WebhookReceiver.HANG, WebhookReceiver.HANG,
                WebhookReceiver.HANG, WebhookReceiver.HANG, WebhookReceiver.HANG);
                WebhookReceiver healthy = new WebhookReceiver()) {
            String deadId = subscribe(org, dead.url(), EventTypes.MEETING_SCHEDULED).getString("id");
            subscribe(other, healthy.url(), EventTypes.MEETING_SCHEDULED);
            UUID meetingId = UUID.randomUUID();
            String scheduled = Events.event(EventTypes.MEETING_SCHEDULED, personRef, meetingId, new MeetingEventData(
                    personRef, meetingId, UUID.randomUUID(), "SIP", "SCHEDULED", OffsetDateTime.now().plusDays(7), 60,
                    "DIGITAL", 0, List.of(org, other), List.of(), null, null, null, null));
            Events.publish(personRef, scheduled);

            await().atMost(ARRIVAL).until(() -> healthy.receivedFor(Events.id(scheduled)).size() == 1);
            await().atMost(ARRIVAL).until(() -> !dead.receivedFor(Events.id(scheduled)).isEmpty());
            Instant healthyGotIt = healthy.receivedFor(Events.id(scheduled)).get(0).at();
            Instant deadAsked = dead.receivedFor(Events.id(scheduled)).get(0).at();
            assertTrue(healthyGotIt.isBefore(deadAsked.plusMillis(900)),
                    "the healthy receiver got it while the dead one still held its first request");

            await().atMost(ARRIVAL).until(() -> "FAILED".equals(delivery(org, deadId, scheduled).getString("status")));
            JsonPath parked = delivery(org, deadId, scheduled);
            assertEquals(5, parked.getList("attempts").size());
            assertTrue(parked.getList("attempts.error", String.class).stream().allMatch(e -> e.startsWith("timeout")));
            assertNull(parked.get("nextAttemptAt"));
            assertEquals(1, deliveries(org, deadId, "FAILED").getInt("total"));

            given().header("Authorization", Orgs.manager(org))
                    .post("/api/v1/subscriptions/{id}/deliveries/{delivery}/retry", deadId, parked.getString("id"))
                    .then().statusCode(202).body("status", equalTo("PENDING"));
            await().atMost(ARRIVAL).until(() -> "DELIVERED".equals(delivery(org, deadId, scheduled)
                    .getString("status")));
            assertEquals(6, delivery(org, deadId, scheduled).getList("attempts").size());
            assertEquals(1, healthy.receivedFor(Events.id(scheduled)).size());
        }
    }

    @Test
    void duringARotationBothSecretsSignAndEitherVerifies() throws Exception {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath subscription = subscribe(org, receiver.url(), EventTypes.MEETING_SCHEDULED);
            String oldSecret = subscription.getString("secret");
            JsonPath rotated = given().header("Authorization", Orgs.manager(org))
                    .post("/api/v1/subscriptions/{id}/secret-rotation", subscription.getString("id"))
                    .then().statusCode(200).body("previousSecretValidUntil", not(equalTo(null)))
                    .extract().jsonPath();
            String newSecret = rotated.getString("secret");
            assertFalse(newSecret.equals(oldSecret));
            String scheduled = meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, org);
            Events.publish(personRef, scheduled);

            await().atMost(ARRIVAL).until(() -> receiver.receivedFor(Events.id(scheduled)).size() == 1);
            WebhookReceiver.Received request = receiver.receivedFor(Events.id(scheduled)).get(0);
            assertEquals(2, request.header("webhook-signature").split(" ").length);
            assertDoesNotThrow(() -> new Webhook(newSecret).verify(request.body(), lowerCased(request.headers())));
            assertDoesNotThrow(() -> new Webhook(oldSecret).verify(request.body(), lowerCased(request.headers())));
            assertThrows(WebhookVerificationException.class, () -> new Webhook(secretOf(new byte[32]))
                    .verify(request.body(), lowerCased(request.headers())));
        }
    }

    @Test
    void aSubscriptionShowsItsSecretOnceAndOnlyToItsOrganisation() {
        String org = Orgs.fresh("kommun");
        JsonPath created = given().header("Authorization", Orgs.manager(org)).contentType("application/json")
                .body(Map.of("callbackUrl", "http://127.0.0.1:9/hook", "eventTypes",
                        List.of(EventTypes.PLACEMENT_CHANGED)))
                .post("/api/v1/subscriptions")
                .then().statusCode(201).header("Location", containsString("/api/v1/subscriptions/"))
                .body("secret", startsWith("whsec_")).extract().jsonPath();
        byte[] key = Base64.getDecoder().decode(created.getString("secret").substring("whsec_".length()));
        assertTrue(key.length >= 24);
        String id = created.getString("id");
        given().header("Authorization", Orgs.manager(org)).get("/api/v1/subscriptions/{id}", id)
                .then().statusCode(200).body("$", not(hasKey("secret")))
                .body("eventTypes", equalTo(List.of(EventTypes.PLACEMENT_CHANGED)));
        given().header("Authorization", Orgs.manager(Orgs.fresh("kommun"))).get("/api/v1/subscriptions/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Orgs.manager(Orgs.fresh("kommun")))
                .get("/api/v1/subscriptions/{id}/deliveries", id).then().statusCode(404);
        given().header("Authorization", Orgs.caseworker(org)).get("/api/v1/subscriptions/{id}", id)
                .then().statusCode(403);
        given().get("/api/v1/subscriptions/{id}", id).then().statusCode(401);
    }

    @Test
    void anEndedSubscriptionIsSentNothingMoreAndTheListShowsTheRest() {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        try (WebhookReceiver ended = new WebhookReceiver(); WebhookReceiver kept = new WebhookReceiver()) {
            String endedId = subscribe(org, ended.url(), EventTypes.MEETING_SCHEDULED).getString("id");
            String keptId = subscribe(org, kept.url(), EventTypes.MEETING_SCHEDULED).getString("id");
            given().header("Authorization", Orgs.manager(Orgs.fresh("kommun")))
                    .delete("/api/v1/subscriptions/{id}", endedId).then().statusCode(404);
            given().header("Authorization", Orgs.manager(org)).delete("/api/v1/subscriptions/{id}", endedId)
                    .then().statusCode(204);

            String scheduled = meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, org);
            Events.publish(personRef, scheduled);

            await().atMost(ARRIVAL).until(() -> kept.receivedFor(Events.id(scheduled)).size() == 1);
            assertTrue(ended.received().isEmpty());
            given().header("Authorization", Orgs.manager(org)).get("/api/v1/subscriptions/{id}", endedId)
                    .then().statusCode(404);
            given().header("Authorization", Orgs.manager(org)).get("/api/v1/subscriptions")
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(keptId))
                    .body("items[0]", not(hasKey("secret")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://partner.example.se/hook", "https://10.1.2.3/hook", "https://169.254.169.254/latest",
            "https://[::1]/hook", "https://192.168.0.10/hook", "ftp://127.0.0.1/hook", "not a url" })
    void aCallbackOutsideThePublicHttpsWorldIsRefused(String callbackUrl) {
        given().header("Authorization", Orgs.manager(Orgs.fresh("kommun"))).contentType("application/json")
                .body(Map.of("callbackUrl", callbackUrl, "eventTypes", List.of(EventTypes.MEETING_SCHEDULED)))
                .post("/api/v1/subscriptions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:rule-violation"));
    }

    @Test
    void everyEventTypeThatNotifiesIsSubscribableAndNamedInTheOpenApiDocument() {
        String org = Orgs.fresh("kommun");
        List<String> planChanges = List.of(EventTypes.PLAN_PARTY_ADDED, EventTypes.PLAN_PARTY_REMOVED,
                EventTypes.PLAN_LEAD_CHANGED, EventTypes.PLAN_CHANGED);
        given().header("Authorization", Orgs.manager(org)).contentType("application/json")
                .body(Map.of("callbackUrl", "http://127.0.0.1:9/hook", "eventTypes", planChanges))
                .post("/api/v1/subscriptions")
                .then().statusCode(201).body("eventTypes", equalTo(planChanges));
        String described = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .getString("components.schemas.SubscriptionRequest.properties.eventTypes.description");
        for (String type : NoticeRules.NOTIFYING_TYPES) {
            assertTrue(described.contains(type + ",") || described.contains(type + "."),
                    type + " in the description of eventTypes: " + described);
        }
    }

    @Test
    void anEventTypeThatNotifiesNoOneIsNamedInA400() {
        given().header("Authorization", Orgs.manager(Orgs.fresh("kommun"))).contentType("application/json")
                .body(Map.of("callbackUrl", "https://partner.example.se/hook",
                        "eventTypes", List.of(EventTypes.MEETING_SCHEDULED, "se.sip.no-such.v1")))
                .post("/api/v1/subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("eventTypes[1]"));
    }

    static String meetingEvent(String type, String personRef, String org) {
        UUID meetingId = UUID.randomUUID();
        return Events.event(type, personRef, meetingId, new MeetingEventData(personRef, meetingId, UUID.randomUUID(),
                "SIP", "SCHEDULED", OffsetDateTime.now().plusDays(7), 60, "DIGITAL", 0, List.of(org), List.of(),
                null, null, null, null));
    }

    static JsonPath subscribe(String org, String url, String... types) {
        return given().header("Authorization", Orgs.manager(org)).contentType("application/json")
                .body(Map.of("callbackUrl", url, "eventTypes", List.of(types)))
                .post("/api/v1/subscriptions").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath deliveries(String org, String subscriptionId, String status) {
        var request = given().header("Authorization", Orgs.manager(org)).queryParam("size", 200);
        if (status != null) {
            request.queryParam("status", status);
        }
        return request.get("/api/v1/subscriptions/{id}/deliveries", subscriptionId)
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath delivery(String org, String subscriptionId, String event) {
        JsonPath page = deliveries(org, subscriptionId, null);
        Object item = page.get("items.find { it.eventId == '" + Events.id(event) + "' }");
        return item == null ? new JsonPath("{}") : new JsonPath(Events.JSON.valueToTree(item).toString());
    }

    static Map<String, List<String>> lowerCased(Map<String, List<String>> headers) {
        Map<String, List<String>> lower = new HashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(), v));
        return lower;
    }

    private static String secretOf(byte[] key) {
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
