package se.sip.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The signing secrets' encryption at rest on its own: AES-256-GCM, a fresh nonce per value, bound to its row. */
class SecretBoxTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final SecretBox box = new SecretBox(() -> KEY);

    @Test
    void aSecretOpensAsItWasAndIsNeverStoredTheSameWayTwice() {
        UUID id = UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        String once = box.seal(id, secret);
        String twice = box.seal(id, secret);
        assertTrue(once.startsWith("v1:"), once);
        assertNotEquals(once, twice, "a fresh nonce for every value");
        assertFalse(once.contains(secret.substring("whsec_".length())));
        // v1: and base64 of a 12-byte nonce, the 50 bytes of the secret and a 16-byte tag.
        assertEquals(12 + secret.length() + 16, Base64.getDecoder().decode(once.substring(3)).length);
        assertEquals(secret, box.open(id, once));
        assertEquals(secret, box.open(id, twice));
    }

    @Test
    void aValueDoesNotOpenForAnotherSubscriptionOrWithAnotherKeyOrTamperedWith() {
        UUID id = UUID.randomUUID();
        String sealed = box.seal(id, WebhookSignature.newSecret());
        assertThrows(IllegalStateException.class, () -> box.open(UUID.randomUUID(), sealed));
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        SecretBox other = new SecretBox(() -> Base64.getEncoder().encodeToString(otherKey));
        assertThrows(IllegalStateException.class, () -> other.open(id, sealed));
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[20] ^= 1;
        assertThrows(IllegalStateException.class,
                () -> box.open(id, "v1:" + Base64.getEncoder().encodeToString(bytes)));
    }

    @Test
    void aPlaintextFromBeforeTheEncryptionIsReadAsItIs() {
        String plaintext = WebhookSignature.newSecret();
        assertFalse(SecretBox.sealed(plaintext));
        assertEquals(plaintext, box.open(UUID.randomUUID(), plaintext));
    }

    @Test
    void aKeyThatIsNotTheBase64Of32BytesStopsTheService() {
        for (String key : new String[] { "", "not base64!", Base64.getEncoder().encodeToString(new byte[16]),
                Base64.getEncoder().encodeToString(new byte[33]) }) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new SecretBox(() -> key));
            assertTrue(refused.getMessage().contains("SIP_WEBHOOK_SECRET_KEY"), refused.getMessage());
        }
    }
}
