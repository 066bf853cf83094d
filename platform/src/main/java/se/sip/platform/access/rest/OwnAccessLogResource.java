package se.sip.platform.access.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.platform.access.AccessLogService;
import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

/** Served by every service, over that service's own log: the person's right to know who read their data. */
@Path("/api/v1/me/access-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OwnAccessLogResource.OWN_DATA, description = "Mina uppgifter. What the person themselves, signed in with"
        + " e-identification (role individual), reads about themselves: only their own data")
public class OwnAccessLogResource {

    /** The tag of every operation the person themselves calls, in every service. */
    public static final String OWN_DATA = "Own data";

    private static final String PAGE_EXAMPLE = """
            {
              "items": [
                {
                  "at": "2026-11-23T09:16:02Z",
                  "org": "kommun-0583",
                  "orgType": "MUNICIPALITY",
                  "roles": "caseworker",
                  "byYou": false,
                  "resourceType": "consent",
                  "action": "READ",
                  "outcome": "PERMITTED"
                }
              ],
              "page": 0,
              "size": 50,
              "total": 1
            }""";

    @Inject
    AccessLogService service;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed(Roles.INDIVIDUAL)
    @Operation(operationId = "listOwnAccessLog", summary = "Who has read or changed your data here, newest first"
            + " (loggutdrag)",
            description = "Every access to the caller's own data in this service, permitted or not: when, which"
                    + " organisation in which roles, what kind of record, read or write, and the outcome. Never the"
                    + " staff member's user id. The caller's own reads are listed too (`byYou`), this one among them"
                    + " from the next call on.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = OwnAccessPage.class),
                    examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid page or size")
    @APIResponse(responseCode = "403", description = "Only the person themselves (role individual) reads this")
    public Page<OwnAccessView> list(@Valid @BeanParam PageRequest page) {
        return service.aboutThemselves(caller.get(), page).map(OwnAccessView::of);
    }

    /** For the OpenAPI document only: Page of OwnAccessView. */
    @Schema(name = "OwnAccessPage")
    static final class OwnAccessPage {
        public List<OwnAccessView> items;
        public int page;
        public int size;
        public long total;
    }
}
