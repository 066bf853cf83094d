package se.sip.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One organisation's notification (avisering) of one event. */
@Entity
@Table(name = "notification")
class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "org_id")
    public String orgId;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    public String link;

    @Column(name = "text_sv")
    public String textSv;

    @Column(name = "text_en")
    public String textEn;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
