package se.sip.plan.measure;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
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

import se.sip.plan.plan.PlanDetails;
import se.sip.plan.plan.PlanView;
import se.sip.plan.plan.YouthOrderService;
import se.sip.platform.problem.Problem;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/plans/{id}/youth-order/implementation-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
class ImplementationPlanResource {

    @Inject
    YouthOrderService service;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "registerImplementationPlan", summary = "Register an implementation plan"
            + " (genomförandeplan)",
            description = "YOUTH_ASSIGNMENT with an order only (seed 004: the performer draws up the implementation"
                    + " plan with the family and sends a copy to the social worker; follow-ups measure the"
                    + " intervention against it). Registers where the document is (`documentRef`), who performs"
                    + " (`performerOrgId`, a party) and the day the copy was received (not before the order, not in"
                    + " the future); a revised plan is registered again. Kept with the plan as"
                    + " `implementationPlans`, oldest first. One received by two weeks after the held START_UP meeting"
                    + " meets the IMPLEMENTATION_PLAN milestone (the two weeks are a product rule: seed 004 asks for"
                    + " the plan, not a deadline). If-Match is optional; only an ACTIVE plan changes. Publishes"
                    + " se.sip.plan.changed.v1 (implementationPlans).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ImplementationPlanRequest.class),
            examples = @ExampleObject(name = "the performer's plan", value = MeasureExamples.IMPLEMENTATION_PLAN)))
    @APIResponse(responseCode = "201", description = "Registered; the plan with its implementation plans, ETag its new"
            + " version", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named; receivedOn before"
            + " the order or in the future")
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "Not a YOUTH_ASSIGNMENT, no order recorded yet, or the performer"
            + " is not a party", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "performer not a party",
                            value = MeasureExamples.PERFORMER_NOT_A_PARTY)))
    public Response register(@PathParam("id") UUID id,
            @Parameter(description = "The plan's ETag as read; optional, a stale one is refused with 412")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ImplementationPlanRequest request) {
        PlanDetails plan = service.registerImplementationPlan(caller.get(), id, request.performerOrgId(),
                request.receivedOn(), request.documentRef(), ifMatch);
        return PlanView.created(plan);
    }
}
