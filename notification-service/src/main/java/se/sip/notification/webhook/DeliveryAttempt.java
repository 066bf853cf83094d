package se.sip.notification.webhook;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/** One attempt to deliver: when, the receiver's status code (none on a timeout or connection error), and why not. */
@Embeddable
class DeliveryAttempt {

    public int number;

    public Instant attemptedAt;

    public Integer statusCode;

    public String error;

    public long durationMs;

    protected DeliveryAttempt() {
    }

    DeliveryAttempt(int number, Instant attemptedAt, Integer statusCode, String error, long durationMs) {
        this.number = number;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.error = error;
        this.durationMs = durationMs;
    }
}
