package se.sip.plan.party;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactRequest", description = "A party's new contact person (kontaktperson)")
record ContactRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Kim Berg, boendestödjare") String name,
        @Size(max = 40) @Schema(example = "0141-22 60 01") String phone,
        @Email @Size(max = 254) @Schema(example = "kim.berg@example.se") String email) {

    /** The party's contact as the plan shows it: name, phone and e-mail, those given. */
    String text() {
        StringBuilder text = new StringBuilder(name.strip());
        for (String more : new String[] { phone, email }) {
            if (more != null && !more.isBlank()) {
                text.append(", ").append(more.strip());
            }
        }
        return text.toString();
    }
}
