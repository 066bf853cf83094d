package se.sip.meeting.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/**
 * The meetings, with their collections. Public for the tests, which count what a refused booking left behind; other
 * features go through the services (MeetingArchitectureTest).
 */
@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /** One person's meetings, or one plan's, starting within [from, to) where given, in time order. */
    public List<Meeting> find(String personRef, UUID planId, Instant from, Instant to) {
        StringBuilder q = new StringBuilder("personRef = :personRef");
        Parameters p = Parameters.with("personRef", personRef);
        if (planId != null) {
            q.append(" and planId = :planId");
            p.and("planId", planId);
        }
        if (from != null) {
            q.append(" and startsAt >= :from");
            p.and("from", from);
        }
        if (to != null) {
            q.append(" and startsAt < :to");
            p.and("to", to);
        }
        return list(q.append(" order by startsAt, id").toString(), p);
    }

    /** Every meeting about one person, the latest start first (their own list, GET /api/v1/me/meetings). */
    public List<Meeting> ofPersonLatestFirst(String personRef) {
        return list("personRef = ?1 order by startsAt desc, id", personRef);
    }

    /** Locked, so that a move, a cancellation and a closed plan's cancellation wait for each other. */
    public Optional<Meeting> lockById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The first SCHEDULED meeting of the plan starting after {@code after}: a booked next follow-up. */
    public Optional<Meeting> nextScheduledOfPlan(UUID planId, Instant after) {
        return find("planId = ?1 and status = ?2 and startsAt > ?3 order by startsAt", planId, MeetingStatus.SCHEDULED,
                after).firstResultOptional();
    }

    /** The plan's SCHEDULED meetings starting after {@code now}, locked as {@link #lockById} locks one. */
    public List<Meeting> scheduledOfPlanFromLocked(UUID planId, Instant now) {
        return find("planId = ?1 and status = ?2 and startsAt > ?3 order by startsAt", planId,
                MeetingStatus.SCHEDULED, now).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
