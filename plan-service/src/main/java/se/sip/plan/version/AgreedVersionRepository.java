package se.sip.plan.version;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class AgreedVersionRepository implements PanacheRepositoryBase<AgreedVersion, AgreedVersion.Key> {

    /** The plan's agreed versions, oldest first. */
    List<AgreedVersion> ofPlan(UUID planId) {
        return list("planId = ?1 order by number", planId);
    }

    Optional<AgreedVersion> find(UUID planId, int number) {
        return find("planId = ?1 and number = ?2", planId, number).firstResultOptional();
    }

    boolean agreedBy(UUID planId, UUID meetingId, int minutesRevision) {
        return count("planId = ?1 and meetingId = ?2 and minutesRevision = ?3", planId, meetingId,
                minutesRevision) > 0;
    }

    /** The highest number given so far; 0 when none. */
    int lastNumber(UUID planId) {
        Integer last = getEntityManager()
                .createQuery("select max(v.number) from AgreedVersion v where v.planId = ?1", Integer.class)
                .setParameter(1, planId).getSingleResult();
        return last == null ? 0 : last;
    }
}
