package se.sip.meeting.plan;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.EventParty;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.PlacementChangedData;
import se.sip.platform.events.PlanConsentReplacedData;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.inbox.ProcessedEvents;

/**
 * The local view of plans that meetings are booked and read against, fed from {@code sip.plan.v1}; each event is
 * applied once. A plan leaves ACTIVE only once: a late or replayed created event never reopens a closed plan. Each
 * plan's consent is known by its id only, as the events name it.
 */
@ApplicationScoped
public class PlanProjection {

    static final String CONSUMER = "plan-projection";
    private static final Set<String> LIFE_CYCLE_EVENTS = Set.of(EventTypes.PLAN_CREATED, EventTypes.PLAN_CLOSED);

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
        if (LIFE_CYCLE_EVENTS.contains(event.type())) {
            applyLifeCycle(json.convertValue(event.data(), PlanEventData.class));
        } else if (EventTypes.PLACEMENT_CHANGED.equals(event.type())) {
            applyPlacement(json.convertValue(event.data(), PlacementChangedData.class));
        } else if (EventTypes.PLAN_CONSENT_REPLACED.equals(event.type())) {
            applyConsentReplaced(json.convertValue(event.data(), PlanConsentReplacedData.class));
        }
        return true;
    }

    private void applyLifeCycle(PlanEventData data) {
        int changed = em.createNativeQuery("""
                insert into plan_projection (plan_id, person_ref, kind, status, lead_org_id, consent_id)
                values (:id, :personRef, :kind, :status, :lead, :consent)
                on conflict (plan_id) do update set
                    kind = excluded.kind, status = excluded.status, lead_org_id = excluded.lead_org_id,
                    consent_id = coalesce(excluded.consent_id, plan_projection.consent_id)
                where plan_projection.status = 'ACTIVE'""")
                .setParameter("id", data.planId())
                .setParameter("personRef", data.personRef())
                .setParameter("kind", data.kind())
                .setParameter("status", data.status())
                .setParameter("lead", data.leadOrgId())
                .setParameter("consent", data.consentId())
                .executeUpdate();
        if (changed == 1) {
            replaceParties(data.planId(), data.parties(), data.partyOrgIds());
        }
    }

    /** The plan moved to another consent when the one it rested on ended: for a known ACTIVE plan only. */
    private void applyConsentReplaced(PlanConsentReplacedData data) {
        em.createNativeQuery("""
                update plan_projection set consent_id = :consent where plan_id = :id and status = 'ACTIVE'""")
                .setParameter("id", data.planId())
                .setParameter("consent", data.consentId())
                .executeUpdate();
    }

    /**
     * A placement change names the lead and the parties after it (after a discharge without SiS), not the plan's kind
     * or status; it changes a plan already known and still ACTIVE, and nothing else.
     */
    private void applyPlacement(PlacementChangedData data) {
        int changed = em.createNativeQuery("""
                update plan_projection set lead_org_id = coalesce(:lead, lead_org_id)
                where plan_id = :id and status = 'ACTIVE'""")
                .setParameter("id", data.planId())
                .setParameter("lead", data.leadOrgId())
                .executeUpdate();
        if (changed == 1) {
            replaceParties(data.planId(), data.parties(), data.partyOrgIds());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PlanSnapshot> find(UUID planId) {
        List<?> rows = em.createNativeQuery("""
                select person_ref, kind, status, lead_org_id, consent_id from plan_projection where plan_id = :id""")
                .setParameter("id", planId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Set<EventParty> parties = new LinkedHashSet<>();
        for (Object party : em.createNativeQuery("""
                select org_id, org_type from plan_projection_party where plan_id = :id""")
                .setParameter("id", planId).getResultList()) {
            Object[] p = (Object[]) party;
            parties.add(new EventParty((String) p[0], (String) p[1]));
        }
        return Optional.of(new PlanSnapshot(planId, (String) row[0], (String) row[1], (String) row[2],
                (String) row[3], Set.copyOf(parties), (UUID) row[4]));
    }

    /** The parties with their types where the event names them, else the bare org ids; neither keeps what is known. */
    private void replaceParties(UUID planId, List<EventParty> typed, List<String> orgIds) {
        Map<String, String> parties = new LinkedHashMap<>();
        if (typed != null) {
            typed.forEach(p -> parties.put(p.orgId(), p.orgType()));
        } else if (orgIds != null) {
            orgIds.forEach(o -> parties.put(o, null));
        } else {
            return;
        }
        em.createNativeQuery("delete from plan_projection_party where plan_id = :id")
                .setParameter("id", planId).executeUpdate();
        parties.forEach((org, type) -> em.createNativeQuery("""
                insert into plan_projection_party (plan_id, org_id, org_type) values (:id, :org, :type)""")
                .setParameter("id", planId)
                .setParameter("org", org)
                .setParameter("type", type)
                .executeUpdate());
    }
}
