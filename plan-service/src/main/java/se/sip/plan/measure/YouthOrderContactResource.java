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

@Path("/api/v1/plans/{id}/youth-order/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
class YouthOrderContactResource {

    @Inject
    YouthOrderService service;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "recordYouthOrderContact", summary = "Record the contact with the resource unit about the"
            + " order (kontakt om verkställighet)",
            description = "YOUTH_ASSIGNMENT with an order only (seed 004: the administrative coordinator contacts the"
                    + " resource unit within two weeks of the order to learn whether it will be executed; if the unit"
                    + " will not execute it, written reasons go to the senior social worker). Records the day (not"
                    + " before youthOrder.orderedOn, not in the future), who made the contact and the answer:"
                    + " WILL_EXECUTE, or WILL_NOT_EXECUTE with the unit's written `reasons` (required then). A contact"
                    + " in the two weeks from the order meets the ORDER_CONTACT milestone (seed 004), which no meeting"
                    + " meets. Kept with the plan as `youthOrderContacts`, oldest first. If-Match is optional; only an"
                    + " ACTIVE plan changes. WILL_NOT_EXECUTE publishes se.sip.plan.youth-order-declined.v1 to the lead"
                    + " (the resource unit and the day; the reasons stay in the plan); WILL_EXECUTE publishes"
                    + " se.sip.plan.changed.v1 (youthOrderContacts).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = YouthOrderContactRequest.class),
            examples = {
                @ExampleObject(name = "will execute", value = MeasureExamples.CONTACT_WILL_EXECUTE),
                @ExampleObject(name = "will not execute", value = MeasureExamples.CONTACT_WILL_NOT_EXECUTE) }))
    @APIResponse(responseCode = "201", description = "Recorded; the plan with its contacts, ETag its new version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named; reasons missing for"
            + " WILL_NOT_EXECUTE, or `on` before the order or in the future", content = @Content(
                    mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no reasons", value = MeasureExamples.REASONS_MISSING)))
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "Not a YOUTH_ASSIGNMENT, or no order recorded yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no order", value = MeasureExamples.NO_ORDER)))
    public Response record(@PathParam("id") UUID id,
            @Parameter(description = "The plan's ETag as read; optional, a stale one is refused with 412")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull YouthOrderContactRequest request) {
        PlanDetails plan = service.recordContact(caller.get(), id, request.on(), request.by(), request.outcome(),
                request.reasons(), ifMatch);
        return PlanView.created(plan);
    }
}
