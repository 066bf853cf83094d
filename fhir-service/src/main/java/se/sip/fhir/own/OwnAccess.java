package se.sip.fhir.own;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One access to the person's data in one of the four services, as that service's extract gives it. */
@Schema(name = "OwnAccess", description = "Loggutdrag: one access to your data, and in which service")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OwnAccess(
        @Schema(description = "When") Instant at,
        @Schema(description = "Which service's log", example = "plan-service") String service,
        @Schema(description = "The organisation that read or wrote; absent when it was you", example = "kommun-0583")
        String org,
        @Schema(example = "MUNICIPALITY") String orgType,
        @Schema(description = "The roles it acted in", example = "caseworker") String roles,
        @Schema(description = "Whether it was you yourself") boolean byYou,
        @Schema(description = "What kind of record", example = "plan") String resourceType,
        @Schema(example = "READ", enumeration = { "READ", "WRITE" }) String action,
        @Schema(example = "PERMITTED", enumeration = { "PERMITTED", "DENIED", "NOT_FOUND" }) String outcome) {

    static OwnAccess of(JsonNode entry, String service) {
        return new OwnAccess(Instant.parse(entry.path("at").asText()), service, entry.path("org").asText(null),
                entry.path("orgType").asText(null), entry.path("roles").asText(null),
                entry.path("byYou").asBoolean(), entry.path("resourceType").asText(), entry.path("action").asText(),
                entry.path("outcome").asText());
    }
}
