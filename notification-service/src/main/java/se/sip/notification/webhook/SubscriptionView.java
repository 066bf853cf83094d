package se.sip.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "Subscription", description = "A webhook subscription of the caller's organisation")
record SubscriptionView(
        UUID id,
        String callbackUrl,
        List<String> eventTypes,
        Instant createdAt,
        @Schema(description = "The signing secret (whsec_…): shown only when it is created, by the subscription and by a"
                + " rotation. Keep it: it cannot be read again.")
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret,
        @Schema(description = "During a rotation's overlap: until when the previous secret still signs")
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant previousSecretValidUntil,
        @Schema(description = "While the subscription's circuit breaker is open (its last attempts failed in a row):"
                + " until when none of its deliveries is attempted; they wait, PENDING, and then one is tried")
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant deliveriesPausedUntil) {

    static SubscriptionView of(WebhookSubscription s, Instant now) {
        return new SubscriptionView(s.id, s.callbackUrl, s.eventTypeList(), s.createdAt, null, s.previousSecretUntil,
                pausedUntil(s, now));
    }

    static SubscriptionView withSecret(Subscriptions.WithSecret created, Instant now) {
        WebhookSubscription s = created.subscription();
        return new SubscriptionView(s.id, s.callbackUrl, s.eventTypeList(), s.createdAt, created.secret(),
                s.previousSecretUntil, pausedUntil(s, now));
    }

    private static Instant pausedUntil(WebhookSubscription s, Instant now) {
        return s.circuitOpenUntil != null && s.circuitOpenUntil.isAfter(now) ? s.circuitOpenUntil : null;
    }
}
