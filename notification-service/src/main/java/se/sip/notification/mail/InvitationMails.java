package se.sip.notification.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.sip.notification.outbox.DueRows;
import se.sip.platform.events.CloudEvent;

/** The invitation e-mails to send: written in the event's transaction, claimed and settled by the mailer. */
@ApplicationScoped
public class InvitationMails {

    private final EntityManager em;
    private final MailConfig config;
    private final Clock clock;

    InvitationMails(EntityManager em, MailConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(CloudEvent event, UUID meetingId) {
        Instant now = clock.instant();
        em.createNativeQuery("""
                insert into invitation_mail (id, event_id, meeting_id, event_type, status, attempt_count,
                    next_attempt_at, created_at)
                values (:id, :event, :meeting, :type, 'PENDING', 0, :now, :now)
                on conflict (event_id) do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("event", event.id())
                .setParameter("meeting", meetingId)
                .setParameter("type", event.type())
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Claims due e-mails (skipping those another replica holds) and leases them for a while. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<InvitationMail> claim(int max) {
        Instant now = clock.instant();
        List<UUID> ids = DueRows.lock(em, "invitation_mail", now, max);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<InvitationMail> claimed = InvitationMail.list("id in ?1", ids);
        claimed.forEach(m -> m.nextAttemptAt = now.plus(config.retryDelay()));
        return claimed;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void sent(UUID id) {
        InvitationMail m = InvitationMail.findById(id);
        m.attemptCount++;
        m.status = InvitationMail.SENT;
        m.sentAt = clock.instant();
        m.nextAttemptAt = null;
    }

    /** Waits twice as long after each failure; gives up after the configured number of attempts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean failed(UUID id, String why) {
        InvitationMail m = InvitationMail.findById(id);
        m.attemptCount++;
        m.lastError = why.length() > 300 ? why.substring(0, 300) : why;
        if (m.attemptCount >= config.maxAttempts()) {
            m.status = InvitationMail.FAILED;
            m.nextAttemptAt = null;
            return false;
        }
        m.nextAttemptAt = clock.instant().plus(config.retryDelay().multipliedBy(1L << (m.attemptCount - 1)));
        return true;
    }
}
