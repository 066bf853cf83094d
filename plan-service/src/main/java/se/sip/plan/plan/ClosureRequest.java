package se.sip.plan.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "ClosureRequest", description = "Closing a plan (avslut)")
record ClosureRequest(
        @NotNull @Schema(required = true) ClosureReason reason,
        @Size(max = 4000) @Schema(example = "The goals of the plan are met; agreed at the follow-up meeting.") String note) {
}
