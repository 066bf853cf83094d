package se.sip.platform.access;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Arc;

import se.sip.platform.paging.Page;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.Caller;

/**
 * The one way a service reaches a person's data. Each method decides the access and writes its access log row in the
 * same call, so an access that is not logged cannot happen, and a refused one is logged too. A service hands its
 * repository's answer to this class and uses only what comes back.
 */
@ApplicationScoped
public class PersonDataAccess {

    private final AccessLogWriter log;
    private final Clock clock;
    private final RequestAccesses requestAccesses;

    PersonDataAccess(AccessLogWriter log, Clock clock, RequestAccesses requestAccesses) {
        this.log = log;
        this.clock = clock;
        this.requestAccesses = requestAccesses;
    }

    /** Reading one object by id: it, when the caller may see it; otherwise 404 whether or not it exists. */
    public <T> T read(Caller caller, AccessRule<T> rule, Object id, Optional<T> found) {
        return decide(caller, AccessAction.READ, rule, id, found);
    }

    /**
     * Changing one object by id, inside the service's write transaction: as {@link #read}, but logged as a write that
     * commits with the change.
     */
    public <T> T change(Caller caller, AccessRule<T> rule, Object id, Optional<T> found) {
        return decide(caller, AccessAction.WRITE, rule, id, found);
    }

    /** Creating an object, inside the service's write transaction; the caller's role already permits it. */
    public <T> T create(Caller caller, AccessRule<T> rule, T created) {
        appendWithWrite(entry(caller, AccessAction.WRITE, rule.resourceType(), rule.idOf(created),
                rule.personRefOf(created), AccessOutcome.PERMITTED));
        return created;
    }

    /**
     * A person's data sent to an organisation outside any request of its own (a webhook delivery of an event that
     * names the person): logged as that recipient's read, committing with the record that it was sent.
     */
    public void sent(Caller recipient, String resourceType, String resourceId, String personRef) {
        log.appendWithWrite(entry(recipient, AccessAction.READ, resourceType, resourceId, personRef,
                AccessOutcome.PERMITTED));
    }

    /**
     * An {@code Idempotency-Key} replay: the first response, shown again without running the request, is a read of
     * what that request wrote.
     */
    public void replayed(Caller caller, RequestAccesses.Accessed accessed) {
        log.append(entry(caller, AccessAction.READ, accessed.resourceType(), accessed.resourceId(),
                accessed.personRef(), AccessOutcome.PERMITTED));
    }

    /**
     * Listing a person's objects (or, without a personRef, anything the caller's organisation may list): one row per
     * call, permitted even when nothing is visible. {@code visible} must itself hold only what the caller may see.
     */
    public <T> Page<T> list(Caller caller, String resourceType, String personRef, Supplier<Page<T>> visible) {
        Page<T> page = visible.get();
        log.append(entry(caller, AccessAction.READ, resourceType, null, personRef, AccessOutcome.PERMITTED));
        return page;
    }

    /**
     * Reading about a person as a whole (a decision drawn from all their consents, say): returns when
     * {@code permitted}, otherwise 403 with {@code refusal} as the detail, which must hold no personal data.
     */
    public void readAbout(Caller caller, String resourceType, String personRef, boolean permitted, String refusal) {
        if (!permitted) {
            log.appendDespiteFailure(entry(caller, AccessAction.READ, resourceType, null, personRef,
                    AccessOutcome.DENIED));
            throw ProblemException.forbidden(refusal);
        }
        log.append(entry(caller, AccessAction.READ, resourceType, null, personRef, AccessOutcome.PERMITTED));
    }

    private <T> T decide(Caller caller, AccessAction action, AccessRule<T> rule, Object id, Optional<T> found) {
        if (found.isEmpty()) {
            log.appendDespiteFailure(entry(caller, action, rule.resourceType(), String.valueOf(id), null,
                    AccessOutcome.NOT_FOUND));
            throw notFound(rule);
        }
        T object = found.get();
        // The person themselves sees their own objects, whatever the organisations' rule says; nobody else's.
        boolean permitted = caller.isIndividual()
                ? caller.isPerson(rule.personRefOf(object)) && rule.shownToThePerson(object)
                : rule.maySee(caller, object);
        AccessLogEntry entry = entry(caller, action, rule.resourceType(), rule.idOf(object), rule.personRefOf(object),
                permitted ? AccessOutcome.PERMITTED : AccessOutcome.DENIED);
        if (!permitted) {
            log.appendDespiteFailure(entry);
            // The same answer as for no object at all: a refusal must not reveal that the object exists.
            throw notFound(rule);
        }
        if (action == AccessAction.WRITE) {
            appendWithWrite(entry);
        } else {
            log.append(entry);
        }
        return object;
    }

    /** A row that commits with the change; remembered for the request ({@link RequestAccesses}) when there is one. */
    private void appendWithWrite(AccessLogEntry entry) {
        log.appendWithWrite(entry);
        if (Arc.container().requestContext().isActive()) {
            requestAccesses.wrote(entry);
        }
    }

    private AccessLogEntry entry(Caller caller, AccessAction action, String resourceType, String resourceId,
            String personRef, AccessOutcome outcome) {
        return new AccessLogEntry(caller, clock.instant(), action, resourceType, resourceId, personRef, outcome);
    }

    private static ProblemException notFound(AccessRule<?> rule) {
        String type = rule.resourceType();
        return ProblemException.notFound(Character.toUpperCase(type.charAt(0)) + type.substring(1));
    }
}
