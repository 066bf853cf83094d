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
import se.sip.plan.plan.PlanView;
import se.sip.platform.problem.Problem;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/plans/{id}/other-measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
class OtherMeasureResource {

    @Inject
    MeasureService service;

    @Inject
    CurrentCaller caller;

    @PUT
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "replaceOtherMeasures", summary = "Set the measures others take (åtgärder som vidtas av"
            + " andra än kommunen och regionen)",
            description = "Replaces the plan's otherMeasures: what others than the two principals do (SiS, probation,"
                    + " an association…) and what the person does themselves (responsibleOrgId INDIVIDUAL). This is"
                    + " the third point of the legal minimum (SoL, SFS 2025:400, and HSL 16 kap. 4 §). A principal's"
                    + " own measures are actions, so a MUNICIPALITY or REGION party is refused; an organisation that"
                    + " is not a party needs responsibleName. If-Match with the plan's ETag is required; only an ACTIVE"
                    + " plan changes.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OtherMeasuresRequest.class),
            examples = @ExampleObject(name = "own and probation", value = MeasureExamples.OTHER_MEASURES)))
    @APIResponse(responseCode = "200", description = "The plan; ETag carries its new version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named")
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    @APIResponse(responseCode = "422", description = "A measure names a principal, or an outside organisation"
            + " without its name", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "a principal", value = MeasureExamples.PRINCIPAL)))
    public Response replace(@PathParam("id") UUID id,
            @Parameter(description = "The plan's ETag as read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OtherMeasuresRequest request) {
        PlanDetails plan = service.replaceOtherMeasures(caller.get(), id, request.toMeasures(), ifMatch);
        return Response.ok(PlanView.of(plan)).tag(Versions.etag(plan.version())).build();
    }
}
