package se.sip.consent.rest;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.consent.service.DecisionReason;

@Schema(name = "ConsentDecision", description = "Whether an organisation may act for a purpose on a person now")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentDecisionView(
        boolean permitted,
        @Schema(description = "The consent that permits it, when permitted") UUID consentId,
        DecisionReason reason) {
}
