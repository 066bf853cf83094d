package se.sip.plan.measure;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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

import se.sip.plan.plan.MeasureService;
import se.sip.plan.plan.PlanDetails;
import se.sip.plan.plan.PlanRequest;
import se.sip.plan.plan.PlanView;
import se.sip.platform.problem.Problem;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/plans/{id}/youth-order")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
class YouthOrderResource {

    @Inject
    MeasureService service;

    @Inject
    CurrentCaller caller;

    @PUT
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "recordYouthOrder", summary = "Record the order to the resource unit (beställning med"
            + " uppdrag)",
            description = "YOUTH_ASSIGNMENT only: the order sent to the resource unit (SRV, one of the plan's"
                    + " parties) and the time-limited intervention decided (insatsens längd ska vara tidsbestämd)."
                    + " Replaces an order given before, e.g. at the start; the milestones that hang on its dates"
                    + " (ORDER_CONTACT, INTERVENTION_DECISION, INTERVENTION_ENDED) follow it. If-Match with the plan's"
                    + " ETag is required; only an ACTIVE plan changes.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanRequest.YouthOrderDto.class),
            examples = @ExampleObject(name = "six months at SRV", value = MeasureExamples.YOUTH_ORDER)))
    @APIResponse(responseCode = "200", description = "The plan; ETag carries its new version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or interventionTo before interventionFrom")
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    @APIResponse(responseCode = "422", description = "The plan is not a YOUTH_ASSIGNMENT, or the resource unit is not"
            + " one of its parties", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not a youth assignment", value = MeasureExamples.WRONG_KIND)))
    public Response record(@PathParam("id") UUID id,
            @Parameter(description = "The plan's ETag as read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlanRequest.YouthOrderDto request) {
        PlanDetails plan = service.recordYouthOrder(caller.get(), id, request.toOrder(), ifMatch);
        return Response.ok(PlanView.of(plan)).tag(Versions.etag(plan.version())).build();
    }
}
