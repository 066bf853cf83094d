package se.sip.platform.inbox;

import java.sql.Timestamp;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * What makes a consumer idempotent: it records the event's id in the same transaction as the event's effect. A
 * redelivered event (the relay resent it, or the consumer died before committing its offset) is then a no-op, and
 * an effect that rolls back takes its record with it, so the retry runs in full.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;
    private final Clock clock;

    ProcessedEvents(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Records that {@code consumer} handles event {@code eventId} now; false if it already did, and the caller must
     * then do nothing. Must run inside the transaction of the effect.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return em.createNativeQuery("""
                insert into processed_event (consumer, event_id, processed_at) values (:consumer, :id, :at)
                on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("id", eventId)
                .setParameter("at", Timestamp.from(clock.instant()))
                .executeUpdate() == 1;
    }
}
