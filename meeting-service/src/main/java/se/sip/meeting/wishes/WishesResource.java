package se.sip.meeting.wishes;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.meeting.meeting.WishesService;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

/** The individual's voice before a meeting (seeds 000, 001): their wishes, beside the meeting on its path. */
@Path("/api/v1/meetings/{id}/wishes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
class WishesResource {

    @Inject
    WishesService wishes;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "recordMeetingWishes", summary = "Record the individual's wishes before the meeting (den"
            + " enskildes önskemål inför mötet)",
            description = "The individual prepares for the meeting and states wishes (seed 000): whom they want"
                    + " invited, what they want taken up, and whether they prefer to meet in a room or online. A party"
                    + " that may change the meeting records them, in the individual's words, before it is held; a"
                    + " second recording replaces the first. Not for a tjänstemannamöte (OFFICIALS), which is held"
                    + " without the individual. The wishes stay in meeting-service: no event carries them, and they"
                    + " leave the meeting's version (ETag) as it is.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WishesRequest.class),
            examples = @ExampleObject(name = "wishes", value = WishesExamples.WISHES_REQUEST)))
    @APIResponse(responseCode = "200", description = "The wishes as now recorded",
            content = @Content(schema = @Schema(implementation = WishesView.class),
                    examples = @ExampleObject(name = "wishes", value = WishesExamples.WISHES)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named")
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The meeting is HELD or CANCELLED")
    @APIResponse(responseCode = "422", description = "The meeting is a tjänstemannamöte (OFFICIALS), held without the"
            + " individual")
    public WishesView record(@PathParam("id") UUID id, @Valid @NotNull WishesRequest request) {
        return WishesView.of(wishes.record(caller.get(), id, request.toWishes()));
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "getMeetingWishes", summary = "The individual's wishes before the meeting (den enskildes"
            + " önskemål)", description = "As last recorded. Visible as the meeting is, also to our own services"
            + " (plan-service reads them for the SIP document).")
    @APIResponse(responseCode = "200", description = "The wishes",
            content = @Content(schema = @Schema(implementation = WishesView.class),
                    examples = @ExampleObject(name = "wishes", value = WishesExamples.WISHES)))
    @APIResponse(responseCode = "404", description = "No such meeting, not visible to the caller, or no wishes"
            + " recorded for it")
    public WishesView read(@PathParam("id") UUID id) {
        return WishesView.of(wishes.read(caller.get(), id));
    }
}
