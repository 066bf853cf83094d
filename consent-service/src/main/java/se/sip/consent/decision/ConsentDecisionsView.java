package se.sip.consent.decision;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "ConsentDecisions", description = "One decision per organisation asked about, in the order asked")
record ConsentDecisionsView(List<OrgDecision> decisions) {

    @Schema(name = "OrgConsentDecision", description = "Whether this organisation may act for the purpose now")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OrgDecision(
            @Schema(example = "region-ostergotland-beroende") String orgId,
            boolean permitted,
            @Schema(description = "The consent that permits it, when permitted: of several, the one every service"
                    + " prefers (latest validUntil, open-ended first)") UUID consentId,
            DecisionReason reason) {
    }

    static ConsentDecisionsView of(List<ConsentDecisions.Outcome> outcomes) {
        return new ConsentDecisionsView(outcomes.stream()
                .map(o -> new OrgDecision(o.orgId(), o.permitted(), o.consentId(), o.reason())).toList());
    }
}
