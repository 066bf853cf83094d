package se.sip.platform.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.ConsentEventData;
import se.sip.platform.inbox.ProcessedEvents;

/**
 * The local view of consents that reads are checked against (docs/architecture.md: reads must not depend on consent-service).
 * Fed by the service's own consumer of {@code sip.consent.v1}; each event is applied once.
 */
@ApplicationScoped
public class ConsentProjection {

    static final String CONSUMER = "consent-projection";
    private static final String ACTIVE = "ACTIVE";

    private final EntityManager em;
    private final ProcessedEvents processed;
    private final ObjectMapper json;

    ConsentProjection(EntityManager em, ProcessedEvents processed, ObjectMapper json) {
        this.em = em;
        this.processed = processed;
        this.json = json;
    }

    /**
     * Applies a consent event; false if it was applied before, and then the caller's own reaction must not run
     * again either. A consent leaves ACTIVE only once: a late or replayed grant never revives a withdrawn one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(CloudEvent event) {
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            return false;
        }
        ConsentEventData data = json.convertValue(event.data(), ConsentEventData.class);
        // Typed binding: an absent date must reach PostgreSQL as a null date, not a null of unknown type.
        int changed = em.createNativeQuery("""
                insert into consent_projection (consent_id, person_ref, status, recorded_by_org, valid_from, valid_until)
                values (:id, :personRef, :status, :recordedBy, :validFrom, :validUntil)
                on conflict (consent_id) do update set status = excluded.status, valid_until = excluded.valid_until
                where consent_projection.status = 'ACTIVE'""")
                .setParameter("id", data.consentId())
                .setParameter("personRef", data.personRef())
                .setParameter("status", data.status())
                .setParameter("recordedBy", data.recordedByOrg())
                .unwrap(NativeQuery.class)
                .setParameter("validFrom", data.validFrom(), LocalDate.class)
                .setParameter("validUntil", data.validUntil(), LocalDate.class)
                .executeUpdate();
        if (changed == 1 && ACTIVE.equals(data.status())) {
            insertScope(data);
        }
        return true;
    }

    /**
     * Whether a consent in force on {@code today} lets the person's information be shared with {@code orgId}
     * ({@link ConsentCoverage}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean sharesWith(String personRef, String orgId, LocalDate today) {
        return ConsentCoverage.covers(ofPerson(personRef), orgId, ConsentPurposes.SHARE_INFORMATION, today);
    }

    /** Every consent of the person this service has heard of, ended ones too, with what each permits. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsentScope> ofPerson(String personRef) {
        Map<UUID, Object[]> consents = new LinkedHashMap<>();
        Map<UUID, Set<String>> purposes = new HashMap<>();
        Map<UUID, Set<String>> orgs = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                select c.consent_id, c.status, c.valid_from, c.valid_until, s.purpose, s.org_id
                from consent_projection c left join consent_projection_scope s on s.consent_id = c.consent_id
                where c.person_ref = :personRef""")
                .setParameter("personRef", personRef)
                .getResultList()) {
            Object[] r = (Object[]) row;
            UUID id = (UUID) r[0];
            consents.putIfAbsent(id, r);
            purposes.computeIfAbsent(id, k -> new HashSet<>());
            orgs.computeIfAbsent(id, k -> new HashSet<>());
            if (r[4] != null) {
                purposes.get(id).add((String) r[4]);
                orgs.get(id).add((String) r[5]);
            }
        }
        List<ConsentScope> scopes = new ArrayList<>();
        consents.forEach((id, r) -> scopes.add(new ConsentScope(id, ACTIVE.equals(r[1]), date(r[2]), date(r[3]),
                purposes.get(id), orgs.get(id))));
        return scopes;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private void insertScope(ConsentEventData data) {
        Set<String> orgs = new LinkedHashSet<>(data.partyOrgIds() == null ? Set.of() : data.partyOrgIds());
        orgs.add(data.recordedByOrg());
        for (String purpose : data.purposes() == null ? Set.<String>of() : Set.copyOf(data.purposes())) {
            for (String org : orgs) {
                em.createNativeQuery("""
                        insert into consent_projection_scope (consent_id, purpose, org_id) values (:id, :purpose, :org)
                        on conflict do nothing""")
                        .setParameter("id", data.consentId())
                        .setParameter("purpose", purpose)
                        .setParameter("org", org)
                        .executeUpdate();
            }
        }
    }
}
