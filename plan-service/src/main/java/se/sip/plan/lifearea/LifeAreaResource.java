package se.sip.plan.lifearea;

import java.util.Arrays;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.plan.plan.LifeArea;
import se.sip.plan.plan.LifeAreaService;
import se.sip.plan.plan.PlanDetails;
import se.sip.plan.plan.PlanView;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.problem.ProblemType;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/plans/{id}/life-areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
class LifeAreaResource {

    @Inject
    LifeAreaService service;

    @Inject
    CurrentCaller caller;

    @PUT
    @Path("/{area}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "describeLifeArea", summary = "Describe one life area (livsområde: nuläge och mål)",
            description = "Replaces the current situation and the goals of one life area. A goal keeps the id given"
                    + " (actions point to it); a goal without one gets a new id. If-Match with the plan's ETag is"
                    + " required: every change raises the plan's version, and a stale one is refused with 412. Any"
                    + " organisation that may see the plan may describe it; only an ACTIVE plan changes.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LifeAreaRequest.class),
            examples = @ExampleObject(name = "housing", value = LifeAreaExamples.LIFE_AREA)))
    @APIResponse(responseCode = "200", description = "The plan with the area as given; ETag carries its new version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named")
    @APIResponse(responseCode = "404", description = "No such plan, not visible to the caller, or no such life area")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    @APIResponse(responseCode = "422", description = "A goal id is given twice, or belongs to another life area")
    public Response describe(@PathParam("id") UUID id,
            @Parameter(description = "One of the nine life areas",
                    schema = @Schema(type = SchemaType.STRING, implementation = LifeArea.class))
            @PathParam("area") String area,
            @Parameter(description = "The plan's ETag as read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull LifeAreaRequest request) {
        PlanDetails plan = service.describe(caller.get(), id, parse(area), request.toDescription(), ifMatch);
        return Response.ok(PlanView.of(plan)).tag(Versions.etag(plan.version())).build();
    }

    /** The area named in the path; the answer to a wrong name lists the right ones. */
    private static LifeArea parse(String name) {
        return Arrays.stream(LifeArea.values()).filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "There is no life area '" + name
                        + "'; the life areas are " + Arrays.toString(LifeArea.values()) + "."));
    }
}
