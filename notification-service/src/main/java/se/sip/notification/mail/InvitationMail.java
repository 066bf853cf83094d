package se.sip.notification.mail;

import java.time.Instant;
import java.util.UUID;

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

    public String eventId;

    public UUID meetingId;

    public String eventType;

    public String status;

    public int attemptCount;

    /** When PENDING, when it is due; while a sender holds it, when that sender's lease ends. */
    public Instant nextAttemptAt;

    /** The claim that holds it (outbox/DueRows): set when a sender claims it, cleared when it is settled. */
    public UUID leaseToken;

    public String lastError;

    public Instant createdAt;

    public Instant sentAt;
}
