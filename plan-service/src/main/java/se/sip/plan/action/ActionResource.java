package se.sip.plan.action;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

import se.sip.plan.plan.ActionService;
import se.sip.plan.plan.ActionView;
import se.sip.platform.problem.Problem;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/plans/{id}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
@APIResponse(responseCode = "400", description = "Invalid body: each field in error is named")
@APIResponse(responseCode = "409", description = "The plan is closed")
@APIResponse(responseCode = "422", description = "An action rule is broken; the detail says which",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "not a party", value = ActionExamples.NOT_A_PARTY)))
class ActionResource {

    private static final String RULES = " Rules (422 otherwise): responsibleOrgId is one of the plan's parties or"
            + " INDIVIDUAL (the person does it themselves); an OTHER intervention has interventionText; dueOn is not"
            + " before startOn; goalId, when given, names a goal of the plan. Status: PLANNED (planerad), ONGOING"
            + " (pågår), DONE (genomförd), CANCELLED (avbruten). Only an ACTIVE plan changes; the plan's version rises.";

    @Inject
    ActionService service;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "addPlanAction", summary = "Add an action (lägg till åtgärd)",
            description = "Adds an action to a life area of the plan." + RULES)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActionRequest.class),
            examples = @ExampleObject(name = "relapse prevention", value = ActionExamples.ACTION)))
    @APIResponse(responseCode = "201", description = "Added; ETag carries the plan's new version",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    public Response add(@PathParam("id") UUID id,
            @Parameter(description = "The plan's ETag as read; optional, a stale one is refused with 412")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequest request) {
        ActionService.Changed changed = service.add(caller.get(), id, request.toDraft(), ifMatch);
        return Response.created(URI.create("/api/v1/plans/" + id + "/actions/" + changed.action().id()))
                .tag(Versions.etag(changed.planVersion()))
                .entity(ActionView.of(changed.action()))
                .build();
    }

    @PATCH
    @Path("/{actionId}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "changePlanAction", summary = "Change an action (ändra åtgärd)",
            description = "The fields given replace the action's; the others stay. If-Match with the plan's ETag is"
                    + " required." + RULES)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActionPatch.class),
            examples = @ExampleObject(name = "done", value = ActionExamples.ACTION_PATCH)))
    @APIResponse(responseCode = "200", description = "The action as it now is; ETag carries the plan's new version",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "404", description = "No such plan or action, or not visible to the caller")
    public Response change(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
            @Parameter(description = "The plan's ETag as read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionPatch request) {
        ActionService.Changed changed = service.change(caller.get(), id, actionId, request.toDraft(), ifMatch);
        return Response.ok(ActionView.of(changed.action())).tag(Versions.etag(changed.planVersion())).build();
    }
}
