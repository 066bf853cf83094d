package se.sip.meeting.meeting;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.platform.access.rest.OwnAccessLogResource;
import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

/** The person themselves, signed in with e-identification, reads the meetings about them (their own data). */
@Path("/api/v1/me/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OwnAccessLogResource.OWN_DATA)
public class OwnMeetingResource {

    @Inject
    OwnMeetings meetings;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed(Roles.INDIVIDUAL)
    @Operation(operationId = "listOwnMeetings", summary = "Your meetings (dina möten)",
            description = "Every meeting about the caller, the person themselves (role individual), newest first:"
                    + " the latest start at the top, so meetings ahead come before those held or cancelled. Not an"
                    + " OFFICIALS meeting (tjänstemannamöte), held between officials without the person, whose"
                    + " minutes stay internal. Of each: when and how long, the kind of meeting, PHYSICAL with its"
                    + " place or DIGITAL with its link, whether it is SCHEDULED, HELD or CANCELLED, who is invited (by"
                    + " name, organisations with their orgId) and, once both adjusters approved them, the minutes:"
                    + " text, decisions, who attended, the next follow-up and why the person did not attend, where"
                    + " recorded. Never minutes not yet approved, an adjuster's comment, an invitee's e-mail address"
                    + " or phone number, or the organisations' own work on the meeting (answers, adjusters,"
                    + " deadlines). GET /api/v1/meetings/{id}/invitation.ics gives a meeting's calendar invitation.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = OwnMeetingPage.class),
                    examples = @ExampleObject(name = "page", value = MeetingExamples.OWN_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid page or size")
    @APIResponse(responseCode = "403", description = "Only the person themselves (role individual) reads this")
    public Page<OwnMeetingView> list(@Valid @BeanParam PageRequest page) {
        return meetings.list(caller.get(), page).map(OwnMeetingView::of);
    }

    /**
     * The person's meeting as the answer to their own change of it (their answer to the invitation): the view they
     * list, never the organisations' (no number, no version, so no ETag).
     */
    public static Response current(MeetingSnapshot meeting) {
        return Response.ok(OwnMeetingView.of(meeting)).build();
    }

    /** For the OpenAPI document only: Page of OwnMeetingView. */
    @Schema(name = "OwnMeetingPage")
    static final class OwnMeetingPage {
        public List<OwnMeetingView> items;
        public int page;
        public int size;
        public long total;
    }
}
