package se.sip.plan.lead;

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

import se.sip.plan.plan.LeadService;
import se.sip.plan.plan.PlanDetails;
import se.sip.plan.plan.PlanView;
import se.sip.platform.problem.Problem;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/plans/{id}/lead")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
class LeadResource {

    @Inject
    LeadService service;

    @Inject
    CurrentCaller caller;

    @PUT
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "changeLead", summary = "Change the lead (byt huvudansvarig)",
            description = "Hands the lead to another of the plan's parties; the name is the party's unless given. The"
                    + " change is recorded (from, to, by which organisation, when) and shown in the plan's leadChanges."
                    + " Only a party that may see the plan may do it, and only while the plan is ACTIVE. If-Match with"
                    + " the plan's ETag is required; the version rises. Naming the current lead again changes nothing."
                    + " The new lead must be an organisation a consent in force shares the person's information with"
                    + " (SHARE_INFORMATION), asked of consent-service before anything changes (the caller's own"
                    + " organisation first, as when a plan is started); the plan then rests on that consent, and"
                    + " se.sip.plan.consent-replaced.v1 says so when it is another one. Publishes"
                    + " se.sip.plan.lead-changed.v1 (the previous and the new lead, the parties, the new version), which"
                    + " tells both leads. Note that the lead sees the plan always, another party only while a consent"
                    + " in force shares with it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LeadRequest.class),
            examples = @ExampleObject(name = "to the region", value = LeadExamples.REQUEST)))
    @APIResponse(responseCode = "200", description = "The plan with its new lead; ETag carries its new version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named")
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    @APIResponse(responseCode = "422", description = "The new lead is not one of the plan's parties, or no consent in"
            + " force shares the person's information with it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not a party", value = LeadExamples.NOT_A_PARTY)))
    @APIResponse(responseCode = "503", description = "consent-service cannot answer; nothing was changed")
    public Response change(@PathParam("id") UUID id,
            @Parameter(description = "The plan's ETag as read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull LeadRequest request) {
        PlanDetails plan = service.change(caller.get(), id, request.orgId(), request.name(), ifMatch);
        return Response.ok(PlanView.of(plan)).tag(Versions.etag(plan.version())).build();
    }
}
