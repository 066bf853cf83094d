package se.sip.meeting.meeting;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingReschedulingRequest", description = "The meeting's new start")
record ReschedulingRequest(
        @NotNull @Schema(required = true, example = "2026-12-17T09:00:00+01:00") OffsetDateTime startsAt) {
}
