package se.sip.notification.mail;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The invitation e-mails one meeting event asks for: sent by {@link InvitationMailer}, at least once. */
@Entity
@Table(name = "invitation_mail")
class InvitationMail extends PanacheEntityBase {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    @Id
    public UUID id;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "event_type")
    public String eventType;

    public String status;

    @Column(name = "attempt_count")
    public int attemptCount;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
