package se.sip.consent.consent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "WithdrawalRequest", description = "Återkallelse av samtycke")
record WithdrawalRequest(
        @Size(max = 2000) @Schema(description = "Why, as the organisation recording the withdrawal was told: required"
                + " from an organisation; the person withdrawing their own consent owes no reason",
                example = "The individual withdrew consent by phone.")
        String reason,
        @Valid WithdrawnBy withdrawnBy) {

    /** In the domain's terms, once bean validation has passed. */
    ConsentWithdrawal toWithdrawal() {
        return new ConsentWithdrawal(reason,
                withdrawnBy == null ? null : new ConsentWithdrawal.WithdrawnBy(withdrawnBy.role(), withdrawnBy.name()));
    }

    @Schema(name = "WithdrawnBy", description = "Who withdrew the consent: the individual, their legal representative"
            + " or a guardian. `name` is required unless INDIVIDUAL. When the consent was given by guardians, a"
            + " GUARDIAN must be one of them (`givenBy.name` or `coGuardian.name`), else 422.")
    record WithdrawnBy(
            @NotNull @Schema(required = true) GiverRole role,
            @Size(max = 200) @Schema(description = "Required unless the individual withdrew it themselves",
                    example = "Per Berg") String name) {
    }
}
