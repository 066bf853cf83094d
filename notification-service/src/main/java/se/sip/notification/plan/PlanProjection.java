package se.sip.notification.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * notification-service's own view of plans, fed from {@code sip.plan.v1}: each plan's person (by personRef), lead
 * and parties, so that whom to tell is decided without asking plan-service. Fields an event leaves out keep what the
 * projection already has.
 */
@ApplicationScoped
public class PlanProjection {

    private final EntityManager em;

    PlanProjection(EntityManager em) {
        this.em = em;
    }

    /** Records what a plan event says of the plan; {@code partyOrgIds} null leaves the parties as they were. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID planId, String personRef, String status, String leadOrgId, List<String> partyOrgIds) {
        em.createNativeQuery("""
                insert into plan_projection (plan_id, person_ref, status, lead_org_id)
                values (:id, :personRef, :status, :lead)
                on conflict (plan_id) do update set
                    status = coalesce(excluded.status, plan_projection.status),
                    lead_org_id = coalesce(excluded.lead_org_id, plan_projection.lead_org_id)""")
                .setParameter("id", planId)
                .setParameter("personRef", personRef)
                .setParameter("status", status)
                .setParameter("lead", leadOrgId)
                .executeUpdate();
        if (partyOrgIds != null && !partyOrgIds.isEmpty()) {
            em.createNativeQuery("delete from plan_projection_party where plan_id = :id")
                    .setParameter("id", planId).executeUpdate();
            for (String org : new LinkedHashSet<>(partyOrgIds)) {
                em.createNativeQuery("insert into plan_projection_party (plan_id, org_id) values (:id, :org)")
                        .setParameter("id", planId)
                        .setParameter("org", org)
                        .executeUpdate();
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> lead(UUID planId) {
        if (planId == null) {
            return Optional.empty();
        }
        return em.createNativeQuery("select lead_org_id from plan_projection where plan_id = :id", String.class)
                .setParameter("id", planId)
                .getResultStream().findFirst().map(String.class::cast);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> parties(UUID planId) {
        if (planId == null) {
            return Set.of();
        }
        return strings(em.createNativeQuery("select org_id from plan_projection_party where plan_id = :id",
                String.class).setParameter("id", planId).getResultList());
    }

    /** The lead and the parties of every plan of the person, closed ones too: they all had the person's data. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> organisationsOfPerson(String personRef) {
        return strings(em.createNativeQuery("""
                select party.org_id from plan_projection plan
                    join plan_projection_party party on party.plan_id = plan.plan_id
                where plan.person_ref = :personRef
                union
                select lead_org_id from plan_projection where person_ref = :personRef and lead_org_id is not null""",
                String.class).setParameter("personRef", personRef).getResultList());
    }

    private static Set<String> strings(List<?> rows) {
        Set<String> result = new LinkedHashSet<>();
        rows.forEach(row -> result.add((String) row));
        return result;
    }
}
