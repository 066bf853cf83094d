package se.sip.meeting.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.inbox.ProcessedEvents;

/**
 * The local view of plans that meetings are booked and read against, fed from {@code sip.plan.v1}; each event is
 * applied once. A plan leaves ACTIVE only once: a late or replayed created event never reopens a closed plan.
 */
@ApplicationScoped
public class PlanProjection {

    static final String CONSUMER = "plan-projection";
    private static final Set<String> SNAPSHOT_EVENTS = Set.of(EventTypes.PLAN_CREATED, EventTypes.PLAN_CLOSED,
            EventTypes.PLACEMENT_CHANGED);

    private final EntityManager em;
    private final ProcessedEvents processed;
    private final ObjectMapper json;

    PlanProjection(EntityManager em, ProcessedEvents processed, ObjectMapper json) {
        this.em = em;
        this.processed = processed;
        this.json = json;
    }

    /** Applies a plan event; false if it was applied before. Events of other types are recorded and skipped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(CloudEvent event) {
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            return false;
        }
        if (!SNAPSHOT_EVENTS.contains(event.type())) {
            return true;
        }
        PlanEventData data = json.convertValue(event.data(), PlanEventData.class);
        // Only a plan's life-cycle fields are taken from a placement change: it may carry no kind or parties of its
        // own, so missing ones keep what the projection already has.
        int changed = em.createNativeQuery("""
                insert into plan_projection (plan_id, person_ref, kind, status, lead_org_id)
                values (:id, :personRef, :kind, :status, :lead)
                on conflict (plan_id) do update set
                    kind = coalesce(excluded.kind, plan_projection.kind),
                    status = coalesce(excluded.status, plan_projection.status),
                    lead_org_id = coalesce(excluded.lead_org_id, plan_projection.lead_org_id)
                where plan_projection.status = 'ACTIVE'""")
                .setParameter("id", data.planId())
                .setParameter("personRef", data.personRef())
                .setParameter("kind", data.kind())
                .setParameter("status", data.status())
                .setParameter("lead", data.leadOrgId())
                .executeUpdate();
        if (changed == 1 && data.partyOrgIds() != null) {
            replaceParties(data.planId(), data.partyOrgIds());
        }
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PlanSnapshot> find(UUID planId) {
        List<?> rows = em.createNativeQuery("""
                select person_ref, kind, status, lead_org_id from plan_projection where plan_id = :id""")
                .setParameter("id", planId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Set<String> parties = new LinkedHashSet<>();
        for (Object org : em.createNativeQuery("select org_id from plan_projection_party where plan_id = :id")
                .setParameter("id", planId).getResultList()) {
            parties.add((String) org);
        }
        return Optional.of(new PlanSnapshot(planId, (String) row[0], (String) row[1], (String) row[2],
                (String) row[3], Set.copyOf(parties)));
    }

    private void replaceParties(UUID planId, List<String> orgIds) {
        em.createNativeQuery("delete from plan_projection_party where plan_id = :id")
                .setParameter("id", planId).executeUpdate();
        for (String org : new LinkedHashSet<>(orgIds)) {
            em.createNativeQuery("insert into plan_projection_party (plan_id, org_id) values (:id, :org)")
                    .setParameter("id", planId)
                    .setParameter("org", org)
                    .executeUpdate();
        }
    }
}
