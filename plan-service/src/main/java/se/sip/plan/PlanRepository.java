package se.sip.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** The person's plans in which {@code org} takes part (a party or the lead), newest first. */
    public List<Plan> ofPersonWithParty(String personRef, String org) {
        return list("select distinct p from Plan p join p.parties party where p.personRef = ?1"
                + " and (party.orgId = ?2 or p.leadOrgId = ?2) order by p.createdAt desc, p.id", personRef, org);
    }

    /**
     * Locked until the transaction ends, like {@link #lockById}: a closure by hand and one by a withdrawn consent
     * then wait for each other instead of one failing on the version and landing on the dead-letter topic.
     */
    public List<Plan> activeOfPersonLocked(String personRef) {
        return find("personRef = ?1 and status = ?2", personRef, PlanStatus.ACTIVE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Optional<Plan> lockById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
