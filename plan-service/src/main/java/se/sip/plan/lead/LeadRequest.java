package se.sip.plan.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeadRequest", description = "The new lead (huvudansvarig): one of the plan's parties")
record LeadRequest(
        @NotBlank @Size(max = 100) @Schema(required = true, description = "A party's organisation id",
                example = "region-ostergotland-beroende") String orgId,
        @Size(max = 200) @Schema(description = "How the lead is named in the plan; the party's name if absent",
                example = "Beroendemottagningen, Motala") String name) {
}
