package se.sip.consent.decision;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "ConsentDecision", description = "Whether an organisation may act for a purpose on a person now")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ConsentDecisionView(
        boolean permitted,
        @Schema(description = "The consent that permits it, when permitted") UUID consentId,
        DecisionReason reason) {
}
