package se.sip.platform.access;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Adds rows and reads them; deliberately not a Panache repository, so that no update or delete is even offered (the
 * table's trigger refuses them too). Package-private: rows are written only through {@link PersonDataAccess}.
 */
@ApplicationScoped
class AccessLogRepository {

    private final EntityManager em;

    AccessLogRepository(EntityManager em) {
        this.em = em;
    }

    void add(AccessLogEntry entry) {
        em.persist(entry);
    }

    /** The accesses made by {@code org}, of one person when {@code personRef} is given, newest first. */
    List<AccessLogEntry> byOrganisation(String org, String personRef, int page, int size) {
        return query("select e from AccessLogEntry e", " order by e.at desc, e.id desc", org, personRef,
                AccessLogEntry.class).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    long countByOrganisation(String org, String personRef) {
        return query("select count(e) from AccessLogEntry e", "", org, personRef, Long.class).getSingleResult();
    }

    /** Every access to one person's data, by anyone, newest first. */
    List<AccessLogEntry> byPerson(String personRef, int page, int size) {
        return em.createQuery("select e from AccessLogEntry e where e.personRef = :personRef order by e.at desc, e.id desc",
                AccessLogEntry.class).setParameter("personRef", personRef).setFirstResult(page * size)
                .setMaxResults(size).getResultList();
    }

    long countByPerson(String personRef) {
        return em.createQuery("select count(e) from AccessLogEntry e where e.personRef = :personRef", Long.class)
                .setParameter("personRef", personRef).getSingleResult();
    }

    private <R> TypedQuery<R> query(String select, String order, String org, String personRef, Class<R> type) {
        String where = " where e.actorOrg = :org" + (personRef == null ? "" : " and e.personRef = :personRef");
        TypedQuery<R> query = em.createQuery(select + where + order, type).setParameter("org", org);
        return personRef == null ? query : query.setParameter("personRef", personRef);
    }
}
