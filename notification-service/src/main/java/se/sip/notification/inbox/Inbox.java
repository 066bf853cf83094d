package se.sip.notification.inbox;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import se.sip.notification.routing.Audience;
import se.sip.notification.routing.Notice;
import se.sip.platform.events.CloudEvent;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.Caller;

/** Each organisation's inbox: written from events, read and marked read by the organisation alone. */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;
    private final Clock clock;

    Inbox(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** One notification per organisation the notice names; a second delivery of the event adds none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deliver(CloudEvent event, Notice notice) {
        for (String org : notice.orgIds()) {
            em.createNativeQuery("""
                    insert into notification (id, org_id, event_id, event_type, link, text_sv, text_en, audience,
                        created_at)
                    values (:id, :org, :event, :type, :link, :sv, :en, :audience, :at)
                    on conflict (org_id, event_id) do nothing""")
                    .setParameter("id", UUID.randomUUID())
                    .setParameter("org", org)
                    .setParameter("event", event.id())
                    .setParameter("type", event.type())
                    .setParameter("link", notice.link())
                    .setParameter("sv", notice.textSv())
                    .setParameter("en", notice.textEn())
                    .setParameter("audience", notice.audience().name())
                    .setParameter("at", clock.instant())
                    .executeUpdate();
        }
    }

    /**
     * The caller's organisation's notifications, newest first; only unread ones when {@code unread} is true, only read
     * ones when false; only those for {@code audience} when it is given.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    se.sip.platform.paging.Page<Notification> list(Caller caller, Boolean unread, Audience audience,
            PageRequest page) {
        Parameters parameters = Parameters.with("org", caller.org());
        String where = "orgId = :org" + (Boolean.TRUE.equals(unread) ? " and readAt is null"
                : Boolean.FALSE.equals(unread) ? " and readAt is not null" : "");
        if (audience != null) {
            where += " and audience = :audience";
            parameters.and("audience", audience);
        }
        PanacheQuery<Notification> query = Notification.find(where,
                Sort.descending("createdAt").and("id", Sort.Direction.Descending), parameters);
        return new se.sip.platform.paging.Page<>(query.page(Page.of(page.page, page.size)).list(), page.page,
                page.size, query.count());
    }

    /** Marks the notification read (again is harmless); 404 for one of another organisation. */
    @Transactional
    Notification markRead(Caller caller, UUID id) {
        Notification n = Notification.findById(id);
        if (n == null || !caller.belongsTo(n.orgId)) {
            throw ProblemException.notFound("Notification");
        }
        if (n.readAt == null) {
            n.readAt = clock.instant();
        }
        return n;
    }
}
