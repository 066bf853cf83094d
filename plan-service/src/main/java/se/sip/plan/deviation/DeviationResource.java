package se.sip.plan.deviation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.plan.plan.DeviationService;
import se.sip.plan.plan.DeviationView;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/plans/{id}/deviations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
class DeviationResource {

    @Inject
    DeviationService service;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "reportDeviation", summary = "Report a deviation from the plan (rapportera avvikelse)",
            description = "Any organisation that may see the plan reports, in its own name (reportedByOrgId is the"
                    + " caller's organisation); actionId, when given, names an action of the plan. The description"
                    + " stays in the plan; se.sip.plan.deviation-reported.v1 only says that a deviation exists and"
                    + " links to it. Only an ACTIVE plan takes deviations.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeviationRequest.class),
            examples = @ExampleObject(name = "cancelled sessions", value = DeviationExamples.DEVIATION)))
    @APIResponse(responseCode = "201", description = "Reported; ETag carries the plan's new version",
            content = @Content(schema = @Schema(implementation = DeviationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named")
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    @APIResponse(responseCode = "422", description = "reportedByOrgId is not the caller's organisation, or actionId"
            + " names no action of the plan")
    public Response report(@PathParam("id") UUID id, @Valid @NotNull DeviationRequest request) {
        DeviationService.Reported reported = service.report(caller.get(), id, request.toReport());
        return Response.status(Response.Status.CREATED)
                .tag(Versions.etag(reported.planVersion()))
                .entity(DeviationView.of(reported.deviation()))
                .build();
    }
}
