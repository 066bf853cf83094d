package se.sip.consent.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawalRequest", description = "Återkallelse av samtycke")
public record WithdrawalRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "The individual withdrew consent by phone.", required = true)
        String reason) {
}
