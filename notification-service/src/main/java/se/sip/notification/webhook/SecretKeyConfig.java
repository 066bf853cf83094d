package se.sip.notification.webhook;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "sip.webhook")
interface SecretKeyConfig {

    /**
     * The deployment's key that the webhook signing secrets are encrypted with at rest: the base64 of 32 random bytes
     * ({@code openssl rand -base64 32}). In production only from the environment ({@code SIP_WEBHOOK_SECRET_KEY}),
     * with no default, so a deployment that gives none does not start; dev and test have their own.
     */
    String secretKey();
}
