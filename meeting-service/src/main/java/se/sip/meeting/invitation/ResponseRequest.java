package se.sip.meeting.invitation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.meeting.meeting.Answer;
import se.sip.meeting.meeting.InviteeAnswer;
import se.sip.platform.problem.Problem;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.Caller;

@Schema(name = "MeetingResponseRequest", description = "An invitee's answer to a kallelse or an inbjudan")
record ResponseRequest(
        @Schema(description = "The invitee answered for. Required of an organisation (400 without); the person"
                + " themselves (role individual) leaves it out, or names their own invitation: any other is a 422")
        UUID inviteeId,
        @NotNull @Schema(required = true) Answer answer,
        @Schema(description = "Required with PROPOSED_NEW_TIME", example = "2026-12-11T13:00:00+01:00")
        OffsetDateTime proposedStartsAt) {

    /**
     * In the domain's terms, once bean validation has passed. An organisation names the invitee it answers for, as
     * the schema required before the person could answer; the person's own invitation needs no naming.
     */
    InviteeAnswer toAnswer(Caller caller) {
        if (inviteeId == null && !caller.isIndividual()) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("inviteeId", "must not be null")));
        }
        return new InviteeAnswer(inviteeId, answer, proposedStartsAt == null ? null : proposedStartsAt.toInstant());
    }
}
