package se.sip.consent.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;


/**
 * Marks consents EXPIRED the day after their last valid day and emits {@code expired} once. Safe on several
 * replicas: each run locks the rows it takes ({@code FOR UPDATE SKIP LOCKED}) and re-checks the status under the
 * lock, so a consent is expired, and its event written, by exactly one run.
 */
@ApplicationScoped
public class ConsentExpiry {

    private static final int BATCH = 500;

    private final EntityManager em;
    private final ConsentEvents events;
    private final Clock clock;

    ConsentExpiry(EntityManager em, ConsentEvents events, Clock clock) {
        this.em = em;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(every = "${sip.consent.expiry-interval:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        while (expireDue() == BATCH) {
            // A full batch: more may be due.
        }
    }

    /** Expires what is due today (Europe/Stockholm) and returns how many consents this run expired. */
    @Transactional
    public int expireDue() {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                select id from consent
                where status = 'ACTIVE' and valid_until < :today
                order by valid_until
                limit :batch
                for update skip locked""", UUID.class)
                .setParameter("today", LocalDate.now(clock))
                .setParameter("batch", BATCH)
                .getResultList();
        for (UUID id : due) {
            Consent consent = em.find(Consent.class, id);
            consent.status = ConsentStatus.EXPIRED;
            events.expired(consent);
        }
        return due.size();
    }
}
