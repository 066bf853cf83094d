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

import se.sip.plan.Plan;
import se.sip.plan.rest.PlanRequest;
import se.sip.plan.rest.PlanView;
import se.sip.platform.problem.Problem;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/plans/{id}/youth-order")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans (samordnade planer)")
public class YouthOrderResource {

    static final String REQUEST = """
            {"resourceUnitOrgId": "kommun-0583-srv", "orderedOn": "2027-01-10", "interventionFrom": "2027-01-15",
             "interventionTo": "2027-07-15"}""";

    static final String WRONG_KIND = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "The order cannot be recorded: only a YOUTH_ASSIGNMENT has an order to the resource unit (youthOrder)."
            }""";

    @Inject
    YouthOrderService service;

    @Inject
    CurrentCaller caller;

    @PUT
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "recordYouthOrder", summary = "Record the order to the resource unit (beställning med"
            + " uppdrag)",
            description = "YOUTH_ASSIGNMENT only: the order sent to the resource unit (SRV, one of the plan's"
                    + " parties) and the time-limited intervention decided (insatsens längd ska vara tidsbestämd)."
                    + " Replaces an order given before, e.g. at the start. If-Match with the plan's ETag is required;"
                    + " only an ACTIVE plan changes.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanRequest.YouthOrderDto.class),
            examples = @ExampleObject(name = "six months at SRV", value = REQUEST)))
    @APIResponse(responseCode = "200", description = "The plan; ETag carries its new version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or interventionTo before interventionFrom",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The plan is not a YOUTH_ASSIGNMENT, or the resource unit is not"
            + " one of its parties", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not a youth assignment", value = WRONG_KIND)))
    public Response record(@PathParam("id") UUID id,
            @Parameter(description = "The plan's ETag as read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlanRequest.YouthOrderDto request) {
        Plan plan = service.record(caller.get(), id, request, ifMatch);
        return Response.ok(PlanView.of(plan)).tag(Versions.etag(plan.version)).build();
    }
}
