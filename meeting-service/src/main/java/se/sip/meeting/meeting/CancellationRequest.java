package se.sip.meeting.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingCancellationRequest", description = "Why the meeting is cancelled (no personal data)")
record CancellationRequest(
        @NotBlank @Size(max = 1000) @Schema(required = true, example = "The chair is ill; a new time follows.")
        String reason) {
}
