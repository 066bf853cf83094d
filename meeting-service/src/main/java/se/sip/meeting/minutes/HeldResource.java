package se.sip.meeting.minutes;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** That a meeting took place, and with whom: what its minutes follow. */
@Path("/api/v1/meetings/{id}/held")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
class HeldResource {

    @Inject
    MinutesService minutes;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "recordMeetingHeld", summary = "Record that a meeting took place (mötet har hållits)",
            description = "The organiser's organisation records that a SCHEDULED meeting took place, once it has"
                    + " started, naming the invitees who attended: HELD. (Submitting minutes does the same.) If-Match"
                    + " is optional; a stale one is refused. Publishes se.sip.meeting.held.v1 with the attendees'"
                    + " organisations and the date of the plan's next SCHEDULED meeting, if one is booked.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = HeldRequest.class),
            examples = @ExampleObject(name = "two attended", value = MinutesExamples.HELD)))
    @APIResponse(responseCode = "200", description = "The held meeting; ETag carries its version",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "The caller's organisation is not the organiser's")
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The meeting is not SCHEDULED (already held, or cancelled)")
    @APIResponse(responseCode = "422", description = "The meeting has not started yet, or an attendee is not an invitee")
    public Response held(@PathParam("id") UUID id,
            @Parameter(description = "The meeting's ETag as read; optional") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch,
            @Valid @NotNull HeldRequest request) {
        return MeetingResource.current(minutes.hold(caller.get(), id, request.attendees(), ifMatch));
    }

}
