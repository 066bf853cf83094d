package se.sip.meeting.minutes;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.meeting.meeting.MeetingResource;
import se.sip.meeting.meeting.MeetingView;
import se.sip.meeting.meeting.MinutesService;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

/** A meeting's minutes: the note-taker's submissions and the two adjusters' answers (seed 001). */
@Path("/api/v1/meetings/{id}/minutes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Minutes", description = "Arbetsanteckningar och justering. The note-taker's minutes of a held meeting,"
        + " checked by two adjusters, one from each principal; approved minutes become the agreed plan")
class MinutesResource {

    @Inject
    MinutesService minutes;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "submitMinutes", summary = "The note-taker submits the minutes to the adjusters (skicka"
            + " arbetsanteckningarna till justerarna)",
            description = "Only a caller of the note-taker's organisation (the meeting's noteTakerOrgId, named at"
                    + " booking) submits: text, decisions, the invitees who attended and the next follow-up decided."
                    + " The first submission is revision 1; once an adjuster sent the minutes back with a comment"
                    + " (status DRAFT) the corrected minutes are submitted again as the next revision, with the"
                    + " adjusters' answers starting afresh; every revision stays readable (GET …/minutes). The"
                    + " minutes are due to the adjusters within a week of the meeting (see deadlines on the meeting),"
                    + " and the adjusters answer within a week of the submission (answerBy). absenceReason says why the"
                    + " individual did not attend (so not with the individual among the attendees); like the text it"
                    + " is never put on an event."
                    + " A meeting not yet recorded as held becomes HELD with these attendees (se.sip.meeting.held.v1)."
                    + " If-Match is optional; a stale one is refused. Publishes se.sip.meeting.minutes-submitted.v1,"
                    + " which names the revision and its dates, never the text or decisions.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MinutesRequest.class),
            examples = @ExampleObject(name = "minutes", value = MinutesExamples.MINUTES)))
    @APIResponse(responseCode = "200", description = "The meeting with its minutes' status; ETag carries its version",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "The caller's organisation is not the note-taker's")
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The meeting was cancelled, or its minutes are SUBMITTED or"
            + " APPROVED (only minutes sent back for correction are submitted again)")
    @APIResponse(responseCode = "422", description = "The meeting has not started, an attendee is not an invitee,"
            + " the next follow-up is not after the meeting's day, or an absenceReason with the individual among the"
            + " attendees")
    public Response submitMinutes(@PathParam("id") UUID id,
            @Parameter(description = "The meeting's ETag as read; optional") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch,
            @Valid @NotNull MinutesRequest request) {
        return MeetingResource.current(minutes.submit(caller.get(), id, request.toSubmission(), ifMatch));
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "getMinutes", summary = "Every revision of the minutes (arbetsanteckningar och"
            + " justering)", description = "Oldest first, each with its text, decisions, attendees, next follow-up,"
            + " why the individual did not attend (absenceReason), the last day of the adjusters' answer (answerBy)"
            + " and the adjusters' answers (approvals and comments). Visible as the meeting is, also to our own"
            + " services (plan-service reads it for the SIP document); empty until minutes are submitted.")
    @APIResponse(responseCode = "200", description = "The minutes' history",
            content = @Content(schema = @Schema(implementation = MinutesView.History.class),
                    examples = @ExampleObject(name = "sent back, then approved",
                            value = MinutesExamples.MINUTES_HISTORY)))
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller")
    public MinutesView.History minutesHistory(@PathParam("id") UUID id) {
        return new MinutesView.History(id, minutes.history(caller.get(), id).stream().map(MinutesView::of).toList());
    }

    @POST
    @Path("/approvals")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "answerMinutes", summary = "An adjuster approves the minutes or sends them back (justera"
            + " arbetsanteckningarna)",
            description = "Only a caller of the adjuster's own organisation answers for that adjuster, once per"
                    + " revision, within a week of the submission (see deadlines on the meeting). approved true"
                    + " approves; approved false with a comment sends the minutes back to the note-taker: status DRAFT"
                    + " with the comment visible, until the corrected minutes are submitted as the next revision;"
                    + " publishes se.sip.meeting.minutes-returned.v1 (returnedByOrgId: the adjuster's organisation;"
                    + " noteTakerOrgId; never the comment). When both adjusters approved, the minutes are APPROVED and"
                    + " become the plan for coordination: publishes se.sip.meeting.minutes-approved.v1 (once). The day"
                    + " before the last day of the answer (answerBy) the adjusters who have not answered are reminded"
                    + " once (se.sip.meeting.minutes-answer-due.v1). If-Match is optional; a stale one is refused.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApprovalRequest.class),
            examples = {
                    @ExampleObject(name = "approved", value = MinutesExamples.APPROVED),
                    @ExampleObject(name = "sent back", value = MinutesExamples.SENT_BACK) }))
    @APIResponse(responseCode = "200", description = "The meeting with its minutes' status; ETag carries its version",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "The caller's organisation is not the adjuster's")
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "No minutes await adjustment, or this adjuster already answered"
            + " this revision")
    @APIResponse(responseCode = "422", description = "adjusterId is not an adjuster of the meeting, or minutes not"
            + " approved without a comment")
    public Response answerMinutes(@PathParam("id") UUID id,
            @Parameter(description = "The meeting's ETag as read; optional") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch,
            @Valid @NotNull ApprovalRequest request) {
        return MeetingResource.current(minutes.answer(caller.get(), id, request.toAnswer(), ifMatch));
    }
}
