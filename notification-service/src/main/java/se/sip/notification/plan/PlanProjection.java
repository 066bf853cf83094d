package se.sip.notification.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

/**
 * notification-service's own view of plans, fed from {@code sip.plan.v1}: each plan's person (by personRef), lead,
 * parties and the consent it rests on, so that whom to tell is decided without asking plan-service. Fields an event
 * leaves out keep what the projection already has.
 */
@ApplicationScoped
public class PlanProjection {

    private final EntityManager em;

    PlanProjection(EntityManager em) {
        this.em = em;
    }

    /**
     * Records what a plan event says of the plan; {@code partyOrgIds} null leaves the parties as they were, and
     * {@code consentId} null the consent (only the created and closed events name it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID planId, String personRef, String status, String leadOrgId, List<String> partyOrgIds,
            UUID consentId) {
        em.createNativeQuery("""
                insert into plan_projection (plan_id, person_ref, status, lead_org_id, consent_id)
                values (:id, :personRef, :status, :lead, :consent)
                on conflict (plan_id) do update set
                    status = coalesce(excluded.status, plan_projection.status),
                    lead_org_id = coalesce(excluded.lead_org_id, plan_projection.lead_org_id),
                    consent_id = coalesce(excluded.consent_id, plan_projection.consent_id)""")
                .setParameter("id", planId)
                .setParameter("personRef", personRef)
                .setParameter("status", status)
                .setParameter("lead", leadOrgId)
                // Typed binding: an absent consent must reach PostgreSQL as a null uuid, not a null of unknown type.
                .unwrap(NativeQuery.class)
                .setParameter("consent", consentId, UUID.class)
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

    /**
     * The plan now rests on {@code consentId}. Only an open plan moves: a closed one keeps the consent it ended on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceConsent(UUID planId, UUID consentId) {
        em.createNativeQuery("""
                update plan_projection set consent_id = :consent
                where plan_id = :id and status = 'ACTIVE'""")
                .setParameter("id", planId)
                .unwrap(NativeQuery.class)
                .setParameter("consent", consentId, UUID.class)
                .executeUpdate();
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

    /** The leads of the open plans that rest on the consent: they must act before it ends. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> leadsOfActivePlansOn(UUID consentId) {
        if (consentId == null) {
            return Set.of();
        }
        return strings(em.createNativeQuery("""
                select distinct lead_org_id from plan_projection
                where consent_id = :consent and status = 'ACTIVE' and lead_org_id is not null""", String.class)
                .setParameter("consent", consentId).getResultList());
    }

    private static Set<String> strings(List<?> rows) {
        Set<String> result = new LinkedHashSet<>();
        rows.forEach(row -> result.add((String) row));
        return result;
    }
}
