package se.sip.notification.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * What both of the service's own outboxes (webhook deliveries, invitation e-mails) share: the claim of due PENDING
 * rows, locked in the caller's transaction and skipping rows another worker or replica holds, so a slow row never
 * blocks the rest; and the lease a claimed row is held under while it is sent. A claim writes a fresh
 * {@code lease_token} into the row and sets {@code next_attempt_at} to the lease's end; the worker renews that end
 * while it works ({@link LeaseKeeper}), makes sure the token is still its own right before it sends, and settles the
 * row only while it is. A worker that lost its lease (it stalled past it, or lost the database) therefore sends
 * nothing a second worker has taken over, and the second worker can only take over from one that stopped renewing.
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

    /** Extends the leases of these claims to {@code until}; settled and taken-over rows are left alone. */
    public static int renew(EntityManager em, String table, Collection<UUID> tokens, Instant until) {
        if (tokens.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("update " + table + " set next_attempt_at = :until"
                + " where lease_token in (:tokens) and status = 'PENDING'")
                .setParameter("until", until)
                .setParameter("tokens", tokens)
                .executeUpdate();
    }

    /**
     * Whether the row is still held by this claim, extending its lease to {@code until} if so: asked right before a
     * send, so that a worker whose lease ran out and was taken over sends nothing.
     */
    public static boolean stillHeld(EntityManager em, String table, UUID id, UUID token, Instant until) {
        return em.createNativeQuery("update " + table + " set next_attempt_at = :until"
                + " where id = :id and lease_token = :token and status = 'PENDING'")
                .setParameter("until", until)
                .setParameter("id", id)
                .setParameter("token", token)
                .executeUpdate() == 1;
    }
}
