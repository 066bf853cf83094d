package se.sip.platform.person;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a {@code POST …/search}: the twin of a list's {@code ?personId=} that keeps the personal identity number
 * out of the URL, and so out of proxies', gateways' and browsers' logs and histories. Paged as the list is
 * ({@code ?page=&size=}). A search is a read: it is never kept for an {@code Idempotency-Key} replay.
 */
@Schema(name = "PersonSearch", description = "Whose records to list, in the body instead of the URL")
public record PersonSearch(
        @NotNull @ValidPersonalIdentityNumber
        @Schema(description = "Personal identity or coordination number (personnummer/samordningsnummer), 12 digits;"
                + " YYYYMMDD-NNNN is accepted too", example = "191212121212", required = true) String personId) {

    /** Whether a POST to {@code path} is such a search (a read, never stored for replay). */
    public static boolean isSearch(String path) {
        return path.endsWith("/search");
    }
}
