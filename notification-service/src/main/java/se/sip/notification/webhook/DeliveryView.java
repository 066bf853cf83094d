package se.sip.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "Delivery", description = "One event to one subscription, with every attempt. PENDING is retried at"
        + " nextAttemptAt; FAILED was parked after the last attempt and can be re-sent.")
record DeliveryView(
        UUID id,
        @Schema(description = "The CloudEvent id, also sent as webhook-id") String eventId,
        String eventType,
        DeliveryStatus status,
        @Schema(description = "When a PENDING delivery is attempted next; null otherwise", nullable = true)
        Instant nextAttemptAt,
        Instant createdAt,
        @Schema(description = "When a 2xx answer came; null until then", nullable = true) Instant deliveredAt,
        List<AttemptView> attempts) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.eventId, d.eventType, d.status,
                d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.createdAt, d.deliveredAt,
                d.attempts.stream().map(AttemptView::of).toList());
    }

    @Schema(name = "DeliveryAttempt", description = "One attempt: the receiver's status code, or the error when it"
            + " gave none (timeout, connection)")
    record AttemptView(int number, Instant attemptedAt,
            @Schema(description = "The receiver's status code; null on a timeout or connection error", nullable = true)
            Integer statusCode,
            @Schema(description = "Why no status code came; null when one did", nullable = true) String error,
            long durationMs) {

        static AttemptView of(DeliveryAttempt a) {
            return new AttemptView(a.number, a.attemptedAt, a.statusCode, a.error, a.durationMs);
        }
    }
}
