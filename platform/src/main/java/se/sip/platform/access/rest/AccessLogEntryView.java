package se.sip.platform.access.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.platform.access.AccessAction;
import se.sip.platform.access.AccessLogEntry;
import se.sip.platform.access.AccessOutcome;
import se.sip.platform.security.OrgType;

@Schema(name = "AccessLogEntry", description = "One access to a person's data (loggpost)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessLogEntryView(
        UUID id,
        @Schema(description = "When") Instant at,
        @Schema(description = "Who: the user or system (token sub)", example = "cw-1") String sub,
        @Schema(description = "The caller's organisation", example = "kommun-0583") String org,
        OrgType orgType,
        @Schema(description = "The roles the caller acted in, comma-separated; absent on rows from before they were"
                + " recorded", example = "caseworker") String roles,
        AccessAction action,
        @Schema(description = "What kind of object", example = "consent") String resourceType,
        @Schema(description = "Which object; absent for a list or a question about the person as a whole")
        String resourceId,
        @Schema(description = "Whose data, as the pseudonymous person reference; absent when nothing was found")
        String personRef,
        AccessOutcome outcome) {

    public static AccessLogEntryView of(AccessLogEntry e) {
        return new AccessLogEntryView(e.id, e.at, e.actorSub, e.actorOrg, e.actorOrgType, e.actorRoles, e.action,
                e.resourceType, e.resourceId, e.personRef, e.outcome);
    }
}
