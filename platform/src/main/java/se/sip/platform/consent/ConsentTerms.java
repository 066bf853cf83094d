package se.sip.platform.consent;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The terms of the consent (samtycke) something rests on, as every party that reads it must see them: its id, its
 * last valid day and what it must not cover. Read from consent-service at read time, never from an event (names and
 * free text do not ride the bus); when consent-service gives no answer in time, {@code available} is false and
 * {@code note} says "inte tillgängligt". No class-level {@code @Schema}: that would put it into the OpenAPI document of
 * every service, also those that never answer with it; the fields that hold it describe it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentTerms(
        UUID id,
        @Schema(description = "Whether consent-service answered; false: validUntil and restrictions are unknown now")
        boolean available,
        @Schema(description = "Last day the consent applies; absent when open-ended or unknown") LocalDate validUntil,
        @Schema(description = "What the consent must NOT cover (begränsningar); absent when none or unknown")
        String restrictions,
        @Schema(description = "\"inte tillgängligt\" when consent-service did not answer", example = "inte tillgängligt")
        String note) {

    public static final String UNAVAILABLE = "inte tillgängligt";

    public static ConsentTerms unavailable(UUID id) {
        return new ConsentTerms(id, false, null, null, UNAVAILABLE);
    }
}
