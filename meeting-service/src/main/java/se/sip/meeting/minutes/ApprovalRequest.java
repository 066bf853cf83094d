package se.sip.meeting.minutes;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.meeting.meeting.AdjusterAnswer;

@Schema(name = "MinutesApprovalRequest", description = "An adjuster's answer to the submitted minutes (justering)")
record ApprovalRequest(
        @NotNull @Schema(required = true, description = "The adjuster (justerare) answering, as named on the meeting")
        UUID adjusterId,
        @NotNull @Schema(required = true, description = "true approves; false sends the minutes back for correction")
        Boolean approved,
        @Size(max = 2000) @Schema(description = "What to correct; required when approved is false",
                example = "Beslut 2 ska gälla från 1 februari.") String comment) {

    /** In the domain's terms, once bean validation has passed. */
    AdjusterAnswer toAnswer() {
        return new AdjusterAnswer(adjusterId, approved, comment);
    }
}
