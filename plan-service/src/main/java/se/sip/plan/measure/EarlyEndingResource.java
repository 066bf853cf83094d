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

import se.sip.plan.plan.PlanView;
import se.sip.plan.plan.YouthOrderService;
import se.sip.platform.problem.Problem;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

/**
 * Seed 004's early ending: "Om vårdnadshavare vill avsluta insatsen i förtid eller inte samverkar ska ansvarig
 * socialsekreterare bedöma om insats kan ske till barnet (om denne är över 15 år) utan föräldrarnas samtycke", and "I
 * vissa fall vill barn över 15 år inte delta i insatsen. Insatsen kan då fortgå gentemot föräldrarna".
 */
@Path("/api/v1/plans/{id}/youth-order")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
class EarlyEndingResource {

    @Inject
    YouthOrderService service;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/refusals")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "recordYouthRefusal", summary = "Record that the youth refuses or a guardian withdraws"
            + " (avbrott i förtid)",
            description = "YOUTH_ASSIGNMENT with an order only (seed 004). YOUTH: the youth does not want to take"
                    + " part; only a youth who has turned 15 on `on` refuses alone (422 for a younger child, whose"
                    + " guardians decide), and the plan goes on, the support to the parents continuing. GUARDIAN: a"
                    + " guardian wants to end the intervention early or does not cooperate; the lead organisation's"
                    + " social worker then decides whether it goes on without the parents' consent (POST"
                    + " …/continuation-decisions), which the CONTINUATION_DECISION milestone tracks (two weeks, a"
                    + " product rule). A withdrawn consent is recorded in consent-service as well; this records the"
                    + " refusal in the plan. Any party may record it; `on` not before the order, not in the future."
                    + " Kept with the plan as `youthRefusals`, oldest first. If-Match is optional; only an ACTIVE plan"
                    + " changes. Publishes se.sip.plan.changed.v1 (youthRefusals).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = YouthRefusalRequest.class),
            examples = {
                @ExampleObject(name = "a guardian withdraws", value = MeasureExamples.GUARDIAN_REFUSAL),
                @ExampleObject(name = "the youth refuses", value = MeasureExamples.YOUTH_REFUSAL) }))
    @APIResponse(responseCode = "201", description = "Recorded; the plan with its refusals, ETag its new version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named; `on` before the"
            + " order or in the future")
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "Not a YOUTH_ASSIGNMENT, no order recorded yet, or a refusal by"
            + " a youth under 15", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "under 15", value = MeasureExamples.UNDER_FIFTEEN)))
    public Response refuse(@PathParam("id") UUID id,
            @Parameter(description = "The plan's ETag as read; optional, a stale one is refused with 412")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull YouthRefusalRequest request) {
        return PlanView.created(service.recordRefusal(caller.get(), id, request.on(), request.refusedBy(), request.note(),
                ifMatch));
    }

    @POST
    @Path("/continuation-decisions")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "recordContinuationDecision", summary = "Record whether the intervention goes on without"
            + " the parents' consent (bedömning)",
            description = "YOUTH_ASSIGNMENT with an order only, after a GUARDIAN refusal on or before `on` (422"
                    + " otherwise), by the lead organisation (403 for the other parties): the social worker's judgement"
                    + " (seed 004). `continues` true only for a youth who has turned 15 on `on` (422 for a younger"
                    + " child: the intervention does not go on without the guardians' consent); false, and the lead"
                    + " closes the plan. Meets the CONTINUATION_DECISION milestone. Kept with the plan as"
                    + " `continuationDecisions`, oldest first. If-Match is optional; only an ACTIVE plan changes."
                    + " Publishes se.sip.plan.changed.v1 (continuationDecisions).")
    @RequestBody(required = true, content = @Content(schema = @Schema(
            implementation = ContinuationDecisionRequest.class),
            examples = @ExampleObject(name = "goes on", value = MeasureExamples.CONTINUES)))
    @APIResponse(responseCode = "201", description = "Recorded; the plan with its decisions, ETag its new version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named; `on` before the"
            + " order or in the future")
    @APIResponse(responseCode = "403", description = "Not the lead organisation")
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "Not a YOUTH_ASSIGNMENT, no order, no guardian's refusal to"
            + " decide on, or going on for a child under 15", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "nothing to decide", value = MeasureExamples.NOTHING_TO_DECIDE)))
    public Response decide(@PathParam("id") UUID id,
            @Parameter(description = "The plan's ETag as read; optional, a stale one is refused with 412")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ContinuationDecisionRequest request) {
        return PlanView.created(service.recordDecision(caller.get(), id, request.on(), request.decidedBy(),
                request.continues(), request.reasons(), ifMatch));
    }
}
