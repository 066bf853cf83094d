package se.sip.notification.webhook;

import java.time.Duration;

/** How an attempt ended: a status code, or an error (timeout, connection, refused address), and any Retry-After. */
record DeliveryOutcome(Integer statusCode, String error, Duration retryAfter, long durationMs) {

    boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** 410 Gone: the receiver says the endpoint is no more, so retrying is pointless. */
    boolean gone() {
        return statusCode != null && statusCode == 410;
    }
}
