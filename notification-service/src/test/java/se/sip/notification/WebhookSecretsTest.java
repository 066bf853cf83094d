package se.sip.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.notification.WebhookDeliveryTest.lowerCased;
import static se.sip.notification.WebhookDeliveryTest.meetingEvent;
import static se.sip.notification.WebhookDeliveryTest.subscribe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.svix.Webhook;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import se.sip.notification.webhook.SecretConversion;
import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * The signing secrets at rest: the column holds an AES-GCM ciphertext ({@code v1:…}), never the secret, and the
 * deliveries are still signed with the secret the subscriber was given; secrets stored in plaintext before this are
 * encrypted at start-up (or on their first delivery) and go on signing as before.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class WebhookSecretsTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Inject
    PersonRefs personRefs;

    @Inject
    DataSource dataSource;

    @Test
    void theStoredSecretsAreCiphertextsAndTheDeliveriesStillVerifyWithTheSecretsGiven() throws Exception {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath subscription = subscribe(org, receiver.url(), EventTypes.MEETING_SCHEDULED);
            String id = subscription.getString("id");
            String first = subscription.getString("secret");
            String stored = stored(id).get(0);
            assertStoredEncrypted(stored, first);

            String second = given().header("Authorization", Orgs.manager(org))
                    .post("/api/v1/subscriptions/{id}/secret-rotation", id).then().statusCode(200).extract()
                    .jsonPath().getString("secret");
            List<String> rotated = stored(id);
            assertStoredEncrypted(rotated.get(0), second);
            assertStoredEncrypted(rotated.get(1), first);
            assertNotEquals(stored, rotated.get(1), "the previous secret is encrypted anew");

            String scheduled = meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, org);
            Events.publish(personRef, scheduled);
            await().atMost(ARRIVAL).until(() -> receiver.receivedFor(Events.id(scheduled)).size() == 1);
            WebhookReceiver.Received request = receiver.receivedFor(Events.id(scheduled)).get(0);
            assertDoesNotThrow(() -> new Webhook(second).verify(request.body(), lowerCased(request.headers())));
            assertDoesNotThrow(() -> new Webhook(first).verify(request.body(), lowerCased(request.headers())));
        }
    }

    @Test
    void plaintextSecretsFromBeforeAreEncryptedAtStartUpAndStillSign() throws Exception {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            // As V4 stored them: the current secret and, mid-rotation, the previous one, in plaintext.
            String current = newSecret();
            String previous = newSecret();
            String id = storedBefore(org, receiver.url(), current, previous);
            assertEquals(List.of(current, previous), stored(id));

            assertTrue(SecretConversion.runNow() >= 1, "converted at start-up");
            List<String> converted = stored(id);
            assertStoredEncrypted(converted.get(0), current);
            assertStoredEncrypted(converted.get(1), previous);
            assertEquals(0, SecretConversion.runNow(), "again: nothing left to convert");
            assertEquals(converted, stored(id), "and nothing converted twice");

            String scheduled = meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, org);
            Events.publish(personRef, scheduled);
            await().atMost(ARRIVAL).until(() -> receiver.receivedFor(Events.id(scheduled)).size() == 1);
            WebhookReceiver.Received request = receiver.receivedFor(Events.id(scheduled)).get(0);
            assertEquals(2, request.header("webhook-signature").split(" ").length);
            assertDoesNotThrow(() -> new Webhook(current).verify(request.body(), lowerCased(request.headers())));
            assertDoesNotThrow(() -> new Webhook(previous).verify(request.body(), lowerCased(request.headers())));
        }
    }

    @Test
    void aPlaintextSecretWrittenAfterStartUpIsEncryptedOnItsFirstDeliveryAndSigns() throws Exception {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            // As a replica of the earlier version writes it during a rolling update.
            String secret = newSecret();
            String id = storedBefore(org, receiver.url(), secret, null);

            String scheduled = meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, org);
            Events.publish(personRef, scheduled);
            await().atMost(ARRIVAL).until(() -> receiver.receivedFor(Events.id(scheduled)).size() == 1);
            WebhookReceiver.Received request = receiver.receivedFor(Events.id(scheduled)).get(0);
            assertDoesNotThrow(() -> new Webhook(secret).verify(request.body(), lowerCased(request.headers())));
            assertStoredEncrypted(stored(id).get(0), secret);
        }
    }

    private static void assertStoredEncrypted(String stored, String secret) {
        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains(secret.substring("whsec_".length())), "the secret itself in the column");
        assertFalse(stored.contains(secret.substring("whsec_".length(), 20)), "a part of the secret in the column");
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return "whsec_" + java.util.Base64.getEncoder().encodeToString(key);
    }

    /** The raw secret and previous_secret columns, as the database holds them. */
    private List<String> stored(String subscriptionId) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(
                "select secret, previous_secret from webhook_subscription where id = ?")) {
            query.setObject(1, UUID.fromString(subscriptionId));
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no subscription " + subscriptionId);
                List<String> columns = new ArrayList<>(Arrays.asList(row.getString(1), row.getString(2)));
                columns.removeIf(c -> c == null);
                return columns;
            }
        }
    }

    /** A subscription row as the service stored it before its secrets were encrypted. */
    private String storedBefore(String org, String url, String secret, String previous) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection db = dataSource.getConnection(); PreparedStatement insert = db.prepareStatement("""
                insert into webhook_subscription (id, org_id, callback_url, event_types, secret, previous_secret,
                    previous_secret_until, created_at)
                values (?, ?, ?, ?, ?, ?, ?, now())""")) {
            insert.setObject(1, id);
            insert.setString(2, org);
            insert.setString(3, url);
            insert.setString(4, EventTypes.MEETING_SCHEDULED);
            insert.setString(5, secret);
            insert.setString(6, previous);
            insert.setTimestamp(7, previous == null ? null : Timestamp.from(Instant.now().plus(Duration.ofHours(1))));
            insert.executeUpdate();
        }
        return id.toString();
    }
}
