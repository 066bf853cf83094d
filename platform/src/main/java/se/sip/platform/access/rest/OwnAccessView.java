package se.sip.platform.access.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.platform.access.AccessAction;
import se.sip.platform.access.AccessLogEntry;
import se.sip.platform.access.AccessOutcome;
import se.sip.platform.security.OrgType;

/**
 * One access to the person's data as they see it: which organisation, in which role, did what, when. Never the staff
 * member's user id: the organisation answers for its staff, and its auditors follow them up.
 */
@Schema(name = "OwnAccess", description = "Loggutdrag: one access to your data")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OwnAccessView(
        @Schema(description = "When") Instant at,
        @Schema(description = "The organisation that read or wrote; absent when it was you", example = "kommun-0583")
        String org,
        OrgType orgType,
        @Schema(description = "The roles it acted in", example = "caseworker") String roles,
        @Schema(description = "Whether it was you yourself") boolean byYou,
        @Schema(description = "What kind of record", example = "consent") String resourceType,
        AccessAction action,
        AccessOutcome outcome) {

    public static OwnAccessView of(AccessLogEntry e) {
        return new OwnAccessView(e.at, e.actorOrg, e.actorOrgType, e.actorRoles, e.actorOrg == null,
                e.resourceType, e.action, e.outcome);
    }
}
