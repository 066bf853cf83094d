package se.sip.consent.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    /**
     * What {@code org} may see of a person's consents: those it recorded, and those in force that name it. One query,
     * so that paging and {@code total} count only the visible ones. Mirrors {@link ConsentAccess#maySee}.
     */
    private static final String VISIBLE = "from Consent c where c.personRef = :personRef and (c.recordedByOrg = :org"
            + " or (c.status = 'ACTIVE' and (c.validUntil is null or c.validUntil >= :today)"
            + " and exists (select 1 from Consent c2 join c2.parties p where c2.id = c.id and p.orgId = :org)))";

    public List<Consent> visibleTo(String org, String personRef, LocalDate today, int page, int size) {
        return find(VISIBLE + " order by c.recordedAt desc, c.id", params(org, personRef, today))
                .page(Page.of(page, size)).list();
    }

    public long countVisibleTo(String org, String personRef, LocalDate today) {
        return count(VISIBLE, params(org, personRef, today));
    }

    public List<Consent> ofPerson(String personRef) {
        return list("personRef = ?1 order by recordedAt desc", personRef);
    }

    /** One page of all of a person's consents and declined offers, whoever recorded them: what the person reads. */
    public List<Consent> ofPerson(String personRef, int page, int size) {
        return find("personRef = ?1 order by recordedAt desc, id", personRef).page(Page.of(page, size)).list();
    }

    public long countOfPerson(String personRef) {
        return count("personRef", personRef);
    }

    private static Parameters params(String org, String personRef, LocalDate today) {
        return Parameters.with("org", org).and("personRef", personRef).and("today", today);
    }
}
