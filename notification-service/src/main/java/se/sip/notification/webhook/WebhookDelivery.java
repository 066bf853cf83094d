package se.sip.notification.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One event to one subscription, with every attempt so far: the webhook outbox. */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID subscriptionId;

    public String eventId;

    public String eventType;

    /** The person the event names, when it names one: a delivery of it is logged as the subscriber's read. */
    public String personRef;

    /** The CloudEvent exactly as received from Kafka: the body of every attempt. */
    public String payload;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public int attemptCount;

    /** When PENDING, when it is due; while a worker holds it, when that worker's lease ends. */
    public Instant nextAttemptAt;

    /** The claim that holds it (outbox/DueRows): set when a worker claims it, cleared when the attempt is recorded. */
    public UUID leaseToken;

    /** The trace of the event's handling that created this delivery; every attempt is a span in it. */
    public String traceparent;

    public String tracestate;

    /** Re-sent by the subscriber after it was parked: one more attempt, parked again if it fails. */
    public boolean resent;

    public Instant createdAt;

    public Instant deliveredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_attempt", joinColumns = @JoinColumn(name = "delivery_id"))
    @OrderBy("number")
    public List<DeliveryAttempt> attempts = new ArrayList<>();
}
