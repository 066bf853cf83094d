package se.sip.notification.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.sip.notification.outbox.DueRows;
import se.sip.platform.events.CloudEvent;

/** The invitation e-mails to send: written in the event's transaction, claimed and settled by the mailer. */
@ApplicationScoped
public class InvitationMails {

    private static final String TABLE = "invitation_mail";

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

    /**
     * Claims due e-mails (skipping those another replica holds) and leases them ({@link DueRows}): the lease is
     * renewed while they are sent, and each is sent and settled only while this claim still holds it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<InvitationMail> claim(int max) {
        Instant now = clock.instant();
        List<UUID> ids = DueRows.lock(em, TABLE, now, max);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<InvitationMail> claimed = InvitationMail.list("id in ?1", ids);
        claimed.forEach(m -> {
            m.nextAttemptAt = now.plus(config.lease());
            m.leaseToken = UUID.randomUUID();
        });
        return claimed;
    }

    /** Extends the leases of the e-mails being sent. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void renew(Set<UUID> leases) {
        DueRows.renew(em, TABLE, leases, clock.instant().plus(config.lease()));
    }

    /** Whether this claim still holds the e-mail (its lease extended if so): asked right before each message goes. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean stillHeld(InvitationMail mail) {
        return DueRows.stillHeld(em, TABLE, mail.id, mail.leaseToken, clock.instant().plus(config.lease()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void sent(InvitationMail claimed) {
        InvitationMail m = held(claimed);
        if (m == null) {
            return;
        }
        m.attemptCount++;
        m.status = InvitationMail.SENT;
        m.sentAt = clock.instant();
        m.nextAttemptAt = null;
        m.leaseToken = null;
    }

    /** What became of an e-mail that could not be sent. */
    enum Failure {
        RETRIED,
        GIVEN_UP,
        /** Its lease ran out and another sender claimed it: that one's attempt counts. */
        TAKEN_OVER
    }

    /** Waits twice as long after each failure; gives up after the configured number of attempts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Failure failed(InvitationMail claimed, String why) {
        InvitationMail m = held(claimed);
        if (m == null) {
            return Failure.TAKEN_OVER;
        }
        m.attemptCount++;
        m.leaseToken = null;
        m.lastError = why.length() > 300 ? why.substring(0, 300) : why;
        if (m.attemptCount >= config.maxAttempts()) {
            m.status = InvitationMail.FAILED;
            m.nextAttemptAt = null;
            return Failure.GIVEN_UP;
        }
        m.nextAttemptAt = clock.instant().plus(config.retryDelay().multipliedBy(1L << (m.attemptCount - 1)));
        return Failure.RETRIED;
    }

    /** The e-mail, locked, if this claim still holds it; null when another has taken it over. */
    private InvitationMail held(InvitationMail claimed) {
        InvitationMail m = InvitationMail.findById(claimed.id, LockModeType.PESSIMISTIC_WRITE);
        return m != null && claimed.leaseToken.equals(m.leaseToken) ? m : null;
    }
}
