package se.sip.consent.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;


/**
 * Announces a consent's coming expiry ({@code expiring}) once, {@code sip.consent.expiring-notice-days} (30) days
 * before its last valid day, so that the parties can ask for a new one in time. A consent recorded with less time
 * left is announced in its recording transaction; the others by a round that is safe on several replicas as
 * {@link ConsentExpiry} is: each run locks the rows it takes ({@code FOR UPDATE SKIP LOCKED}) and re-checks them
 * under the lock, so each consent is announced by exactly one run.
 */
@ApplicationScoped
public class ConsentExpiryNotice {

    private static final int BATCH = 500;

    private final EntityManager em;
    private final ConsentEvents events;
    private final Clock clock;
    private final int noticeDays;

    ConsentExpiryNotice(EntityManager em, ConsentEvents events, Clock clock,
            @ConfigProperty(name = "sip.consent.expiring-notice-days", defaultValue = "30") int noticeDays) {
        this.em = em;
        this.events = events;
        this.clock = clock;
        this.noticeDays = noticeDays;
    }

    @Scheduled(identity = "consent-expiring-notice", every = "${sip.consent.expiry-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        while (announceDue() == BATCH) {
            // A full batch: more may be due.
        }
    }

    /** Announces what is due today (Europe/Stockholm) and returns how many consents this run announced. */
    @Transactional
    public int announceDue() {
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                select id from consent
                where status = 'ACTIVE' and expiring_announced_at is null
                  and valid_until >= :today and valid_until <= :horizon
                order by valid_until
                limit :batch
                for update skip locked""", UUID.class)
                .setParameter("today", today)
                .setParameter("horizon", today.plusDays(noticeDays))
                .setParameter("batch", BATCH)
                .getResultList();
        int announced = 0;
        for (UUID id : due) {
            if (announceIfDue(em.find(Consent.class, id), today)) {
                announced++;
            }
        }
        return announced;
    }

    /**
     * In the caller's transaction, with the row locked or new: announces it when due and not yet announced. The
     * re-check under the lock, with the same rule as the round's query.
     */
    boolean announceIfDue(Consent consent, LocalDate today) {
        if (!consent.expiringNoticeDue(today, noticeDays)) {
            return false;
        }
        consent.expiringAnnouncedAt = clock.instant();
        events.expiring(consent);
        return true;
    }
}
