package se.sip.meeting.meeting;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingReschedulingRequest", description = "The meeting's new start, optionally accepting an"
        + " invitee's proposed new time")
record ReschedulingRequest(
        @NotNull @Schema(required = true, example = "2026-12-17T09:00:00+01:00") OffsetDateTime startsAt,
        @Schema(description = "The id of an invitee's PROPOSED_NEW_TIME answer of this meeting (responses[].id) that"
                + " this move accepts: startsAt must then be the time it proposed, and the answer is marked accepted")
        UUID acceptsResponseId) {

    /** In the domain's terms, once bean validation has passed. */
    Rescheduling toRescheduling() {
        return new Rescheduling(startsAt.toInstant(), acceptsResponseId);
    }
}
