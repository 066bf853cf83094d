package se.sip.platform.plan;

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

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.EventParty;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.LeadChangedData;
import se.sip.platform.events.PlacementChangedData;
import se.sip.platform.events.PlanConsentReplacedData;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.events.PlanPartyChangedData;
import se.sip.platform.events.PlanVersionAgreedData;
import se.sip.platform.inbox.ProcessedEvents;

/**
 * A service's local view of plans, fed by its own consumer of {@code sip.plan.v1} (tables {@code plan_projection}
 * and {@code plan_projection_party} in the service's schema): each plan's person (by personRef), kind, status, lead,
 * parties and the consent it rests on, so that the service decides who sees or hears of a plan's matters without
 * asking plan-service. Each event is applied once. A plan leaves ACTIVE only once: a late or replayed created event
 * never reopens a closed plan, and later changes touch only an ACTIVE plan. Fields an event leaves out keep what the
 * projection has.
 */
@ApplicationScoped
public class PlanProjection {

    static final String CONSUMER = "plan-projection";

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
        switch (event.type()) {
            case EventTypes.PLAN_CREATED, EventTypes.PLAN_CLOSED -> lifeCycle(data(event, PlanEventData.class));
            case EventTypes.PLACEMENT_CHANGED -> {
                PlacementChangedData d = data(event, PlacementChangedData.class);
                leadAndParties(d.planId(), d.leadOrgId(), d.parties(), d.partyOrgIds());
            }
            case EventTypes.PLAN_PARTY_ADDED, EventTypes.PLAN_PARTY_REMOVED -> {
                PlanPartyChangedData d = data(event, PlanPartyChangedData.class);
                leadAndParties(d.planId(), d.leadOrgId(), d.parties(), d.partyOrgIds());
            }
            case EventTypes.PLAN_LEAD_CHANGED -> {
                LeadChangedData d = data(event, LeadChangedData.class);
                leadAndParties(d.planId(), d.leadOrgId(), d.parties(), d.partyOrgIds());
            }
            case EventTypes.PLAN_VERSION_AGREED -> {
                PlanVersionAgreedData d = data(event, PlanVersionAgreedData.class);
                leadAndParties(d.planId(), d.leadOrgId(), null, d.partyOrgIds());
            }
            case EventTypes.PLAN_CONSENT_REPLACED -> {
                PlanConsentReplacedData d = data(event, PlanConsentReplacedData.class);
                update("update plan_projection set consent_id = :consent where plan_id = :id and status = 'ACTIVE'",
                        d.planId()).setParameter("consent", d.consentId(), UUID.class).executeUpdate();
            }
            default -> {
                // Other plan events say nothing the projection keeps.
            }
        }
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PlanSnapshot> find(UUID planId) {
        if (planId == null) {
            return Optional.empty();
        }
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

    /** The leads of the open plans that rest on the consent: they must act before it ends. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> leadsOfActivePlansOn(UUID consentId) {
        if (consentId == null) {
            return Set.of();
        }
        Set<String> leads = new LinkedHashSet<>();
        em.createNativeQuery("""
                select distinct lead_org_id from plan_projection
                where consent_id = :consent and status = 'ACTIVE' and lead_org_id is not null""", String.class)
                .setParameter("consent", consentId).getResultList().forEach(row -> leads.add((String) row));
        return leads;
    }

    private void lifeCycle(PlanEventData data) {
        int changed = em.createNativeQuery("""
                insert into plan_projection (plan_id, person_ref, kind, status, lead_org_id, consent_id)
                values (:id, :personRef, :kind, :status, :lead, :consent)
                on conflict (plan_id) do update set
                    kind = coalesce(excluded.kind, plan_projection.kind), status = excluded.status,
                    lead_org_id = coalesce(excluded.lead_org_id, plan_projection.lead_org_id),
                    consent_id = coalesce(excluded.consent_id, plan_projection.consent_id)
                where plan_projection.status = 'ACTIVE'""")
                .setParameter("id", data.planId())
                .setParameter("personRef", data.personRef())
                .setParameter("kind", data.kind())
                .setParameter("status", data.status())
                .setParameter("lead", data.leadOrgId())
                // Typed binding: an absent consent must reach PostgreSQL as a null uuid, not a null of unknown type.
                .unwrap(NativeQuery.class)
                .setParameter("consent", data.consentId(), UUID.class)
                .executeUpdate();
        if (changed == 1) {
            replaceParties(data.planId(), data.parties(), data.partyOrgIds());
        }
    }

    /** A change that names the lead and the parties after it, of a plan already known and still ACTIVE. */
    private void leadAndParties(UUID planId, String leadOrgId, List<EventParty> parties, List<String> partyOrgIds) {
        int changed = update("""
                update plan_projection set lead_org_id = coalesce(:lead, lead_org_id)
                where plan_id = :id and status = 'ACTIVE'""", planId)
                .setParameter("lead", leadOrgId, String.class)
                .executeUpdate();
        if (changed == 1) {
            replaceParties(planId, parties, partyOrgIds);
        }
    }

    @SuppressWarnings("unchecked")
    private NativeQuery<Object> update(String sql, UUID planId) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).setParameter("id", planId);
    }

    /** The parties with their types where the event names them, else the bare org ids; neither keeps what is known. */
    private void replaceParties(UUID planId, List<EventParty> typed, List<String> orgIds) {
        Map<String, String> parties = new LinkedHashMap<>();
        if (typed != null) {
            typed.forEach(p -> parties.put(p.orgId(), p.orgType()));
        } else if (orgIds != null && !orgIds.isEmpty()) {
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

    private <T> T data(CloudEvent event, Class<T> type) {
        return json.convertValue(event.data(), type);
    }
}
