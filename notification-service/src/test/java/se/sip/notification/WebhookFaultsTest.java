package se.sip.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.notification.WebhookDeliveryTest.deliveries;
import static se.sip.notification.WebhookDeliveryTest.delivery;
import static se.sip.notification.WebhookDeliveryTest.subscribe;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MeetingEventData;
import se.sip.platform.person.PersonRefs;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * Webhooks when receivers misbehave (the test profile: connect timeout 1 s, read timeout 2 s, lease 1 s, 2 deliveries
 * per subscription at once, the breaker open after 5 failures in a row for 2 s): a slow, hanging or failing partner
 * holds a bounded share of the workers for a bounded time, never the other partners' deliveries, and no delivery is
 * lost or sent twice for it.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class WebhookFaultsTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    /** The longest an attempt may take in the tests: the connect and the read timeout together. */
    private static final Duration ATTEMPT_LIMIT = Duration.ofSeconds(3);
    private static final Duration COOL_DOWN = Duration.ofSeconds(2);

    @Inject
    PersonRefs personRefs;

    @Test
    void aHangingReceiverHoldsAtMostTwoWorkersAndAnotherSubscriptionsDeliveriesGoOnMeanwhile() {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String hangingOrg = Orgs.fresh("kommun");
        String healthyOrg = Orgs.fresh("region");
        try (WebhookReceiver hanging = new WebhookReceiver().answering(WebhookReceiver.HANG);
                WebhookReceiver healthy = new WebhookReceiver()) {
            String hangingId = subscribe(hangingOrg, hanging.url(), EventTypes.MEETING_SCHEDULED).getString("id");
            String healthyId = subscribe(healthyOrg, healthy.url(), EventTypes.MEETING_SCHEDULED).getString("id");
            // More events than there are workers (4): unbounded, the hanging receiver's deliveries would take them all.
            List<String> events = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                events.add(meetingFor(personRef, hangingOrg, healthyOrg));
            }
            events.forEach(event -> Events.publish(personRef, event));

            await().atMost(ARRIVAL).until(() -> events.stream()
                    .allMatch(e -> healthy.receivedFor(Events.id(e)).size() == 1));
            for (String event : events) {
                Instant created = Instant.parse(delivery(healthyOrg, healthyId, event).getString("createdAt"));
                Instant arrived = healthy.receivedFor(Events.id(event)).get(0).at();
                assertTrue(Duration.between(created, arrived).compareTo(ATTEMPT_LIMIT.dividedBy(2)) < 0,
                        "the other subscription's delivery waited for no hanging attempt: "
                                + Duration.between(created, arrived));
            }
            // Never more than two of the hanging receiver's requests under way: none began within an attempt's time
            // of two others.
            List<Instant> asked = hanging.received().stream().map(WebhookReceiver.Received::at).sorted().toList();
            assertTrue(asked.size() >= 2, "the hanging receiver was asked: " + asked);
            for (int i = 2; i < asked.size(); i++) {
                Duration sinceTwoBefore = Duration.between(asked.get(i - 2), asked.get(i));
                assertTrue(sinceTwoBefore.compareTo(ATTEMPT_LIMIT.minusMillis(500)) > 0,
                        "a third request to the hanging receiver while two were under way: " + asked);
            }
            JsonPath stuck = deliveries(hangingOrg, hangingId, null);
            assertEquals(8, stuck.getInt("total"));
            assertTrue(stuck.getList("items.status", String.class).stream().allMatch("PENDING"::equals),
                    "the hanging receiver's deliveries are still pending");
        }
    }

    @Test
    void afterFiveFailuresInARowTheDeliveriesWaitOutTheCoolDownAndThenOneIsTried() throws Exception {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        try (WebhookReceiver failing = new WebhookReceiver().answering(500)) {
            String id = subscribe(org, failing.url(), EventTypes.MEETING_SCHEDULED).getString("id");
            List<String> events = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                events.add(meetingFor(personRef, org));
            }
            events.forEach(event -> Events.publish(personRef, event));

            await().atMost(ARRIVAL).until(() -> pausedUntil(org, id) != null);
            Thread.sleep(300); // an attempt under way when it opened ends meanwhile (and may open it anew)
            Instant pausedUntil = pausedUntil(org, id);
            int attempted = failing.received().size();
            assertTrue(attempted >= 5, "opened after 5 failures: " + attempted);
            Duration toWait = Duration.between(Instant.now(), pausedUntil).minusMillis(200);
            assertTrue(toWait.toMillis() > 500, "open for the cool-down: " + toWait);
            Thread.sleep(toWait.toMillis());
            assertEquals(attempted, failing.received().size(), "nothing is attempted while the breaker is open");
            JsonPath waiting = deliveries(org, id, null);
            assertEquals(3, waiting.getInt("total"));
            assertTrue(waiting.getList("items.status", String.class).stream().allMatch("PENDING"::equals),
                    "no delivery is parked or lost");
            assertEquals(attempted, attemptsOf(waiting), "the open breaker counted no attempt");

            // The cool-down over, one trial; it fails, and the breaker is open again for as long.
            await().atMost(ARRIVAL).until(() -> failing.received().size() > attempted);
            Instant trial = failing.received().get(attempted).at();
            assertTrue(!trial.isBefore(pausedUntil), "the trial came after the cool-down: " + trial);
            await().atMost(ARRIVAL).until(() -> pausedUntil(org, id) != null
                    && pausedUntil(org, id).isAfter(pausedUntil));
            Thread.sleep(COOL_DOWN.toMillis() / 2);
            assertEquals(attempted + 1, failing.received().size(), "a single trial");

            // The receiver is back: the next trial succeeds, the breaker closes and every delivery arrives.
            failing.answering(204);
            await().atMost(ARRIVAL).until(() -> deliveries(org, id, "DELIVERED").getInt("total") == 3);
            assertNull(pausedUntil(org, id));
            assertEquals(failing.received().size(), attemptsOf(deliveries(org, id, null)));
            Instant secondTrial = failing.received().get(attempted + 1).at();
            assertTrue(Duration.between(trial, secondTrial).compareTo(COOL_DOWN.minusMillis(100)) >= 0,
                    "the second trial waited out the second cool-down: " + Duration.between(trial, secondTrial));
        }
    }

    @Test
    void aDeliveryWhoseAnswerOutlivesItsLeaseIsSentOnce() throws Exception {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        // The lease is 1 s: the answer comes after twice that, within the attempt's 3 s.
        try (WebhookReceiver slow = new WebhookReceiver().slow(Duration.ofSeconds(2))) {
            String id = subscribe(org, slow.url(), EventTypes.MEETING_SCHEDULED).getString("id");
            String event = meetingFor(personRef, org);
            Events.publish(personRef, event);

            await().atMost(ARRIVAL).until(() -> !slow.receivedFor(Events.id(event)).isEmpty());
            // Past the lease twice over, and past the slow answer: a second send would have arrived by now.
            Thread.sleep(2500);
            assertEquals(1, slow.receivedFor(Events.id(event)).size(), "the receiver got the delivery once");
            await().atMost(ARRIVAL).until(() -> "DELIVERED".equals(delivery(org, id, event).getString("status")));
            JsonPath delivered = delivery(org, id, event);
            assertEquals(List.of(204), delivered.getList("attempts.statusCode"));
            assertTrue(delivered.getLong("attempts[0].durationMs") >= 2000, "the attempt outlived the 1 s lease");
        }
    }

    @Test
    void anAnswerThatDoesNotEndInTimeIsATimedOutAttemptRetriedAfterItsBackoff() {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        try (WebhookReceiver trickling = new WebhookReceiver().answering(204, WebhookReceiver.TRICKLE)) {
            String id = subscribe(org, trickling.url(), EventTypes.MEETING_SCHEDULED).getString("id");
            String event = meetingFor(personRef, org);
            Events.publish(personRef, event);

            await().atMost(ARRIVAL).until(() -> "DELIVERED".equals(delivery(org, id, event).getString("status")));
            JsonPath delivered = delivery(org, id, event);
            assertEquals(2, delivered.getList("attempts").size());
            assertNull(delivered.get("attempts[0].statusCode"), "a status without its whole answer is no answer");
            assertEquals("timeout: no answer within 2000 ms", delivered.getString("attempts[0].error"));
            long took = delivered.getLong("attempts[0].durationMs");
            assertTrue(took >= ATTEMPT_LIMIT.toMillis() - 100 && took < ATTEMPT_LIMIT.toMillis() + 1500,
                    "ended at the timeouts: " + took + " ms");
            assertEquals(204, delivered.getInt("attempts[1].statusCode"));
            List<Instant> at = delivered.getList("attempts.attemptedAt", String.class).stream().map(Instant::parse)
                    .toList();
            assertTrue(Duration.between(at.get(0), at.get(1)).toMillis() >= took + 300,
                    "retried after the first wait of the schedule (0.3 s) once it timed out");
        }
    }

    static String meetingFor(String personRef, String... orgs) {
        UUID meetingId = UUID.randomUUID();
        return Events.event(EventTypes.MEETING_SCHEDULED, personRef, meetingId, new MeetingEventData(personRef,
                meetingId, UUID.randomUUID(), "SIP", "SCHEDULED", OffsetDateTime.now().plusDays(7), 60, "DIGITAL", 0,
                List.of(orgs), List.of(), null, null, null, null));
    }

    private static Instant pausedUntil(String org, String subscriptionId) {
        String until = given().header("Authorization", Orgs.manager(org))
                .get("/api/v1/subscriptions/{id}", subscriptionId).then().statusCode(200).extract().jsonPath()
                .getString("deliveriesPausedUntil");
        return until == null ? null : Instant.parse(until);
    }

    private static int attemptsOf(JsonPath deliveries) {
        return deliveries.getList("items").size() == 0 ? 0 : deliveries.getList("items.attempts.flatten()").size();
    }
}
