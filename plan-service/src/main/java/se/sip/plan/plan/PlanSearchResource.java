package se.sip.plan.plan;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.person.PersonSearch;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

/** The twin of {@code GET /api/v1/plans?personId=} that keeps the number out of the URL. */
@Path("/api/v1/plans/search")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
class PlanSearchResource {

    @Inject
    PlanService service;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "searchPlans", summary = "A person's plans, newest first (en persons planer)",
            description = "As `GET /api/v1/plans?personId=`, with the personal identity number in the body instead of"
                    + " the URL, which the GET is kept for but discouraged. Only the plans the caller's organisation"
                    + " may see are listed and counted. A read: never stored for an Idempotency-Key replay.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(
            schema = @Schema(implementation = PlanResource.PlanPage.class),
            examples = @ExampleObject(name = "page", value = PlanExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Missing or invalid personId, page or size")
    public Page<PlanView> search(@Valid @NotNull PersonSearch search, @Valid @BeanParam PageRequest page) {
        return service.ofPerson(caller.get(), search.personId(), page).map(PlanView::of);
    }
}
