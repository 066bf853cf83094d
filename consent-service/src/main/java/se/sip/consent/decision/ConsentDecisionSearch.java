package se.sip.consent.decision;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.consent.consent.Purpose;
import se.sip.platform.person.ValidPersonalIdentityNumber;

@Schema(name = "ConsentDecisionSearch", description = "May these organisations act for a purpose on this person now?"
        + " The personal identity number travels in the body, never in a URL.")
record ConsentDecisionSearch(
        @NotNull @ValidPersonalIdentityNumber
        @Schema(description = "Personal identity or coordination number, 12 digits; YYYYMMDD-NNNN is accepted too",
                example = "191212121212", required = true) String personId,
        @NotNull @Schema(required = true) Purpose purpose,
        @NotNull @Size(min = 1, max = 50)
        @Schema(description = "The organisations that want to act, 1 to 50; answered in this order", required = true)
        List<@NotBlank @Size(max = 100) String> orgIds,
        @Size(max = 200) @Schema(description = "With INVITE_RELATIVES only: the relative's name as recorded in the"
                + " consent") String relative) {
}
