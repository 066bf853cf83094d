package se.sip.meeting.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

/** The twin of {@code GET /api/v1/meetings?personId=} that keeps the number out of the URL. */
@Path("/api/v1/meetings/search")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
class MeetingSearchResource {

    @Inject
    MeetingService service;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "searchMeetings", summary = "A person's meetings in time order (en persons möten)",
            description = "As `GET /api/v1/meetings?personId=`, with the personal identity number in the body instead"
                    + " of the URL, which the GET is kept for but discouraged. Only the meetings the caller's"
                    + " organisation may see are listed and counted. A read: never stored for an Idempotency-Key"
                    + " replay.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MeetingSearch.class),
            examples = @ExampleObject(name = "a person's meetings in December", value = """
                    {"personId": "191212121212", "from": "2026-12-01T00:00:00+01:00"}""")))
    @APIResponse(responseCode = "200", description = "One page", content = @Content(
            schema = @Schema(implementation = MeetingResource.MeetingPage.class),
            examples = @ExampleObject(name = "page", value = MeetingExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid personId, filter, page or size")
    public Page<MeetingView> search(@Valid @NotNull MeetingSearch search, @Valid @BeanParam PageRequest page) {
        return service.list(caller.get(), search.toFilter(), page).map(MeetingView::of);
    }
}
