package se.sip.plan.placement;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.plan.plan.PlacementChangeType;
import se.sip.plan.plan.PlanParty;
import se.sip.platform.security.OrgType;

@Schema(name = "PlacementChangeRequest", description = "A change of where the LVM care takes place")
record PlacementChangeRequest(
        @NotNull PlacementChangeType type,
        @NotNull LocalDate effectiveOn,
        @Schema(description = "Shown in the plan; never in the event") @Size(max = 2000) String note,
        @Valid @Schema(description = "ADMITTED only: the SiS institution (LVM-hem) the person is admitted to; it joins"
                + " the plan as a SIS party unless it is one, and becomes the care episode's institution. Required for a"
                + " new admission after the discharge when no SIS party is left") Institution institution) {

    @Schema(name = "SisInstitution", description = "The SiS institution (LVM-hem) of an admission")
    record Institution(
            @NotBlank @Size(max = 100) @Schema(example = "sis-lvm-hem-1") String orgId,
            @NotBlank @Size(max = 200) @Schema(example = "SiS LVM-hem Runnagården") String name) {
    }

    /** The institution as the SIS party it is, or null. */
    PlanParty institutionParty() {
        return institution == null ? null : new PlanParty(institution.orgId(), OrgType.SIS, institution.name(), null);
    }
}
