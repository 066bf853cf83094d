package se.sip.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import se.sip.notification.routing.Audience;

/** One organisation's notification (avisering) of one event. */
@Entity
@Table(name = "notification")
class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    public String orgId;

    public String eventId;

    public String eventType;

    public String link;

    public String textSv;

    public String textEn;

    @Enumerated(EnumType.STRING)
    public Audience audience;

    public Instant createdAt;

    public Instant readAt;
}
