package se.sip.notification.webhook;

/** PENDING until a 2xx answer (DELIVERED) or until the last attempt failed (FAILED: parked, re-sendable). */
enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
