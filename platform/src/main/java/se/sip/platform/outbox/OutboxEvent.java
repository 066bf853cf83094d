package se.sip.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event waiting in (or relayed from) the outbox; {@code payload} is the whole CloudEvent as JSON. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    public UUID eventId;

    public String topic;

    public String eventKey;

    public String type;

    @Column(columnDefinition = "text")
    public String payload;

    public Instant createdAt;

    public Instant sentAt;

    /** When the broker refused it for good; it and its person's later events wait until an operator acts. */
    public Instant heldAt;

    public String heldReason;
}
