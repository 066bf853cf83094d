package se.sip.meeting.invitation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.meeting.meeting.Answer;
import se.sip.meeting.meeting.InviteeAnswer;

@Schema(name = "MeetingResponseRequest", description = "An invitee's answer to a kallelse or an inbjudan")
record ResponseRequest(
        @NotNull @Schema(required = true) UUID inviteeId,
        @NotNull @Schema(required = true) Answer answer,
        @Schema(description = "Required with PROPOSED_NEW_TIME", example = "2026-12-11T13:00:00+01:00")
        OffsetDateTime proposedStartsAt) {

    /** In the domain's terms, once bean validation has passed. */
    InviteeAnswer toAnswer() {
        return new InviteeAnswer(inviteeId, answer, proposedStartsAt == null ? null : proposedStartsAt.toInstant());
    }
}
