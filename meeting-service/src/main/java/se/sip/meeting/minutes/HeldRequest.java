package se.sip.meeting.minutes;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingHeldRequest", description = "Who took part in the meeting")
record HeldRequest(
        @NotEmpty @Size(max = 40) @Schema(required = true, description = "The ids of the invitees who attended")
        List<@NotNull UUID> attendees) {
}
