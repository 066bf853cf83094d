package se.sip.platform.access;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import se.sip.platform.security.Caller;
import se.sip.platform.security.OrgType;

/** One row of the access log: who, of which organisation, did what to which person's data, when, and the outcome. */
@Entity
@Table(name = "access_log")
@Immutable
public class AccessLogEntry {

    @Id
    public UUID id;

    public Instant at;

    /** The user or system; for the person themselves, their personRef. */
    public String actorSub;

    /** Empty when the person themselves read. */
    public String actorOrg;

    @Enumerated(EnumType.STRING)
    public OrgType actorOrgType;

    /** The caller's roles, comma-separated ({@link Caller#roles()}); empty on rows older than this column. */
    public String actorRoles;

    @Enumerated(EnumType.STRING)
    public AccessAction action;

    public String resourceType;

    /** Empty for a list or a question about the person as a whole. */
    public String resourceId;

    /** Empty when no object was found, and so no person is known. */
    public String personRef;

    @Enumerated(EnumType.STRING)
    public AccessOutcome outcome;

    protected AccessLogEntry() {
    }

    AccessLogEntry(Caller caller, Instant at, AccessAction action, String resourceType, String resourceId,
            String personRef, AccessOutcome outcome) {
        this(at, caller.subject(), caller.org(), caller.orgType(), caller.roles(), action, resourceType, resourceId,
                personRef, outcome);
    }

    private AccessLogEntry(Instant at, String actorSub, String actorOrg, OrgType actorOrgType, String actorRoles,
            AccessAction action, String resourceType, String resourceId, String personRef, AccessOutcome outcome) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.actorSub = actorSub;
        this.actorOrg = actorOrg;
        this.actorOrgType = actorOrgType;
        this.actorRoles = actorRoles;
        this.action = action;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.personRef = personRef;
        this.outcome = outcome;
    }

    /** The same access, at {@code at}, refused after all: a new row, for this one is gone with its rolled-back write. */
    AccessLogEntry refusedAt(Instant at) {
        return new AccessLogEntry(at, actorSub, actorOrg, actorOrgType, actorRoles, action, resourceType, resourceId,
                personRef, AccessOutcome.DENIED);
    }
}
