package se.sip.notification.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * The claim both of the service's own outboxes (webhook deliveries, invitation e-mails) start with: the ids of up
 * to {@code max} PENDING rows due by {@code now}, oldest first, locked in the caller's transaction and skipping rows
 * another worker or replica holds, so a slow row never blocks the rest.
 */
public final class DueRows {

    private DueRows() {
    }

    /** {@code table} is one of the service's own table names, never input. */
    @SuppressWarnings("unchecked")
    public static List<UUID> lock(EntityManager em, String table, Instant now, int max) {
        return em.createNativeQuery("select id from " + table + " where status = 'PENDING' and next_attempt_at <= :now"
                + " order by next_attempt_at limit :max for update skip locked", UUID.class)
                .setParameter("now", now)
                .setParameter("max", max)
                .getResultList();
    }
}
