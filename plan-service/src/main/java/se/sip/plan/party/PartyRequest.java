package se.sip.plan.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.plan.plan.PlanParty;
import se.sip.platform.security.OrgType;

@Schema(name = "PartyRequest", description = "An organisation joining the plan (ny samverkanspart)")
record PartyRequest(
        @NotBlank @Size(max = 100) @Schema(required = true, example = "bostadsbolaget-motala") String orgId,
        @NotNull @Schema(required = true) OrgType orgType,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Bostadsbolaget i Motala") String name,
        @Size(max = 200) @Schema(description = "How the other parties reach this one",
                example = "Boendestödjare, 0141-22 60 00") String contact) {

    PlanParty toParty() {
        return new PlanParty(orgId, orgType, name, contact);
    }
}
