package se.sip.plan.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** The person's plans in which {@code org} takes part (a party or the lead), newest first. */
    List<Plan> ofPersonWithParty(String personRef, String org) {
        return list("select distinct p from Plan p join p.parties party where p.personRef = ?1"
                + " and (party.orgId = ?2 or p.leadOrgId = ?2) order by p.createdAt desc, p.id", personRef, org);
    }

    /** All the person's plans, whichever organisations take part, newest first (index plan_person_ref_idx). */
    List<Plan> ofPerson(String personRef) {
        return list("personRef", Sort.descending("createdAt").and("id"), personRef);
    }

    /**
     * Locked until the transaction ends, like {@link #lockById}: a closure by hand and one by a withdrawn consent
     * then wait for each other instead of one failing on the version and landing on the dead-letter topic.
     */
    List<Plan> activeOfPersonLocked(String personRef) {
        return find("personRef = ?1 and status = ?2", personRef, PlanStatus.ACTIVE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * The plan with its parties, which the access check reads. A query, not a find with an entity graph: Hibernate
     * caches a query's SQL, but builds a graph's load plan anew on every find (a fifth of a plan read's CPU).
     */
    Optional<Plan> byId(UUID id) {
        return find("from Plan p left join fetch p.parties where p.id = ?1", id).singleResultOptional();
    }

    /** As {@link #byId}, locked until the transaction ends. */
    Optional<Plan> lockById(UUID id) {
        return Optional.ofNullable(getEntityManager().find(withParties(), id, LockModeType.PESSIMISTIC_WRITE));
    }

    private EntityGraph<Plan> withParties() {
        EntityGraph<Plan> graph = getEntityManager().createEntityGraph(Plan.class);
        graph.addAttributeNode("parties");
        return graph;
    }

    /**
     * The plan as a write transaction changed it, with the changes written first: the version is then the one the
     * commit keeps, the ETag of the answer.
     */
    PlanDetails changed(Plan plan) {
        flush();
        return PlanDetails.of(plan);
    }
}
