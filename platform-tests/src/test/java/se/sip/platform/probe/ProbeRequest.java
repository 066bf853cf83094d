package se.sip.platform.probe;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.sip.platform.person.ValidPersonalIdentityNumber;

/** Test only: what a probe record is made of. */
public record ProbeRequest(
        @NotNull @ValidPersonalIdentityNumber String personId,
        @NotBlank @Size(max = 200) String text) {
}
