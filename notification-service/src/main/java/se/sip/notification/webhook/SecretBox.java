package se.sip.notification.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

/**
 * The webhook signing secrets at rest: AES-256-GCM with the deployment's key ({@code sip.webhook.secret-key}), a
 * random 96-bit nonce per value, stored as {@code v1:<base64(nonce | ciphertext | tag)>}. The subscription's id is the
 * associated data, so a value copied into another subscription's row does not open. A value without the {@code v1:}
 * prefix is a plaintext secret from before the encryption ({@link PlaintextSecrets} encrypts those).
 */
/* Created at start-up, so that a key of the wrong form stops the service at once rather than at its first delivery. */
@Startup
@ApplicationScoped
class SecretBox {

    static final String PREFIX = "v1:";
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SecretBox(SecretKeyConfig config) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(config.secretKey().trim());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("sip.webhook.secret-key (SIP_WEBHOOK_SECRET_KEY) must be the base64 of 32"
                    + " random bytes, e.g. from 'openssl rand -base64 32'");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    static boolean sealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The secret encrypted for the subscription's row. */
    String seal(UUID subscriptionId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(subscriptionId));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * The secret a stored value holds: decrypted, or as it is when it is a plaintext from before the encryption.
     * Throws when the value was not sealed with this key for this subscription.
     */
    String open(UUID subscriptionId, String stored) {
        if (!sealed(stored)) {
            return stored;
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(subscriptionId));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing secret of webhook subscription " + subscriptionId
                    + " does not open with sip.webhook.secret-key: the key is not the one it was encrypted with");
        }
    }

    private static byte[] associatedData(UUID subscriptionId) {
        return ("webhook_subscription:" + subscriptionId).getBytes(StandardCharsets.UTF_8);
    }
}
