package se.sip.platform.access.rest;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

import se.sip.platform.access.AccessLogService;
import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.person.PersonSearch;
import se.sip.platform.person.ValidPersonalIdentityNumber;
import se.sip.platform.problem.Problem;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

/** Served by every service, over that service's own log. */
@Path("/api/v1/access-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access log", description = "Åtkomstlogg. Every read and write of a person's data, permitted or not, for"
        + " the auditors of the organisation that made it")
public class AccessLogResource {

    private static final String PAGE_EXAMPLE = """
            {
              "items": [
                {
                  "id": "0e6f2a53-3c1b-4a8e-9d0c-7b5e1f2a9c40",
                  "at": "2026-11-23T09:16:02Z",
                  "sub": "cw-1",
                  "org": "kommun-0583",
                  "orgType": "MUNICIPALITY",
                  "roles": "caseworker",
                  "action": "READ",
                  "resourceType": "consent",
                  "resourceId": "5b0c8f0e-8a4e-4d4f-9d6a-2f1f0b6d9c11",
                  "personRef": "3f1d0c8a6b...e2",
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
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "listAccessLog", summary = "Your organisation's accesses to person data, newest first (åtkomstlogg)",
            description = "Who (sub, org, orgType, the roles they acted in) did what (READ or WRITE of which resource)"
                    + " to whose data (personRef, never the personal identity number), when, and the outcome:"
                    + " PERMITTED, DENIED (the object exists but was not the caller's to see) or NOT_FOUND. Only the accesses made by the auditor's"
                    + " own organisation are listed and counted. With `personId`, one person's; without, all of them."
                    + " Reading this log is itself logged, as resource type `access-log`. Discouraged with `personId`:"
                    + " `POST /api/v1/access-log/search` keeps the number out of the URL.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = AccessLogPage.class),
                    examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    // The one place that names Problem.class: every service serves this resource, so every document has the schema
    // that ProblemContentOpenApiFilter gives all other error responses.
    @APIResponse(responseCode = "400", description = "Invalid personId, page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the role auditor reads the access log")
    public Page<AccessLogEntryView> list(
            @Parameter(description = "Personal identity or coordination number whose accesses to list",
                    example = "191212121212")
            @QueryParam("personId") @ValidPersonalIdentityNumber String personId,
            @Valid @BeanParam PageRequest page) {
        return service.ofOwnOrganisation(caller.get(), Optional.ofNullable(personId), page)
                .map(AccessLogEntryView::of);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "searchAccessLog", summary = "One person's accesses by your organisation, newest first"
            + " (åtkomstlogg för en person)",
            description = "As `GET /api/v1/access-log?personId=`, with the personal identity number in the body"
                    + " instead of the URL, which the GET is kept for but discouraged. A read: never stored for an"
                    + " Idempotency-Key replay.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = AccessLogPage.class),
                    examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid personId, page or size")
    @APIResponse(responseCode = "403", description = "Only the role auditor reads the access log")
    public Page<AccessLogEntryView> search(@Valid @NotNull PersonSearch search, @Valid @BeanParam PageRequest page) {
        return service.ofOwnOrganisation(caller.get(), Optional.of(search.personId()), page)
                .map(AccessLogEntryView::of);
    }

    /** For the OpenAPI document only: Page of AccessLogEntryView. */
    @Schema(name = "AccessLogPage")
    static final class AccessLogPage {
        public List<AccessLogEntryView> items;
        public int page;
        public int size;
        public long total;
    }
}
