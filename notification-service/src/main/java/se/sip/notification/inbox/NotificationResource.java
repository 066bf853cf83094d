package se.sip.notification.inbox;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.notification.routing.Audience;
import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.problem.Problem;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Aviseringar. The organisation's inbox: what happened in the plans,"
        + " meetings and consents it takes part in, with a link to each object")
class NotificationResource {

    @Inject
    Inbox inbox;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "listNotifications", summary = "The organisation's inbox, newest first (aviseringar)",
            description = "Only the caller's organisation's notifications are listed and counted. unread=true lists"
                    + " those not yet marked read, unread=false those that were; without it, all. audience=MANAGERS"
                    + " lists those marked for the organisation's managers (arbetsledare), audience=ALL the others;"
                    + " without it, all. A notification says what happened in Swedish and English and links to the"
                    + " object (a relative API path), never naming the person: read the object with your own token.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = NotificationPage.class),
                    examples = @ExampleObject(name = "page", value = NotificationExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "An invalid unread, audience, page or size")
    public Page<NotificationView> list(
            @Parameter(description = "true: unread only; false: read only; absent: all",
                    schema = @Schema(enumeration = { "true", "false" })) @QueryParam("unread")
            @Pattern(regexp = "true|false", message = "must be true or false") String unread,
            @Parameter(description = "MANAGERS: only those marked for the organisation's managers; ALL: only the"
                    + " others; absent: all", schema = @Schema(implementation = Audience.class))
            @QueryParam("audience") String audience,
            @Valid @BeanParam PageRequest page) {
        return inbox.list(caller.get(), unread == null ? null : Boolean.valueOf(unread), audienceOf(audience), page)
                .map(NotificationView::of);
    }

    /** The audience asked for, one of the enum's names; a 400 naming the parameter for any other value. */
    private static Audience audienceOf(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Audience.valueOf(value);
        } catch (IllegalArgumentException e) {
            String names = Arrays.stream(Audience.values()).map(Audience::name).collect(Collectors.joining(", "));
            throw ProblemException.invalid(List.of(new Problem.FieldError("audience", "must be one of " + names)));
        }
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "markNotificationRead", summary = "Mark a notification read (markera som läst)",
            description = "Sets readAt; marking it again changes nothing. A notification of another organisation is"
                    + " answered 404, like one that does not exist.")
    @APIResponse(responseCode = "200", description = "The notification, read",
            content = @Content(schema = @Schema(implementation = NotificationView.class),
                    examples = @ExampleObject(name = "read", value = NotificationExamples.READ)))
    @APIResponse(responseCode = "404", description = "No such notification of the caller's organisation")
    public NotificationView markRead(@PathParam("id") UUID id) {
        return NotificationView.of(inbox.markRead(caller.get(), id));
    }

    @Schema(name = "NotificationPage")
    static final class NotificationPage {
        public List<NotificationView> items;
        public int page;
        public int size;
        public long total;
    }
}
