package se.sip.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). The detail is
 * written for a person reading it and never holds a personal identity number, a name or a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(
        @Schema(description = "Identifies the kind of problem", example = "urn:sip:problem:validation") String type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid request") String title,
        @Schema(description = "HTTP status", example = "400") int status,
        @Schema(description = "What went wrong in this occurrence", example = "1 field is invalid") String detail,
        @Schema(description = "For validation problems: each field in error") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: a JSON path into the request ({@code parties[0].orgId}) or a parameter name. */
    public record FieldError(
            @Schema(example = "personId") String field,
            @Schema(example = "has a wrong check digit") String message) {
    }
}
