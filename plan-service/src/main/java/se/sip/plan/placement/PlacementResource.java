package se.sip.plan.placement;

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

import se.sip.plan.plan.PlacementService;
import se.sip.plan.plan.PlanDetails;
import se.sip.plan.plan.PlanView;
import se.sip.platform.problem.Problem;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/plans/{id}/placement-changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
class PlacementResource {

    @Inject
    PlacementService service;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "recordPlacementChange", summary = "Record a placement change (placeringsändring, LVM)",
            description = "For LVM_AFTERCARE plans only (seed 000). The plan starts with the person at the institution"
                    + " (ADMITTED may record the admission, as the first change); then SECTION_27_PLACEMENT (vård i"
                    + " annan form, 27 § LVM) and RETURNED_TO_INSTITUTION alternate, SiS staying a party throughout"
                    + " (the care is still LVM care; seed 000 has every party told of a § 27 placement), and DISCHARGED"
                    + " (utskrivning) ends the care episode. With the discharge SiS is no longer a party (seed 000: \"SiS"
                    + " är inte längre en part\"): its parties leave the plan and lose access to it. After the discharge"
                    + " only ADMITTED may follow: a new LVM decision, which begins a new care episode on the same plan"
                    + " (careEpisode.lvmStartedOn becomes its effectiveOn, the expected discharge is cleared until amended,"
                    + " the history stays in placementChanges) and re-opens the in-care milestones from the new start"
                    + " (FIRST_MEETING-2, FOLLOW_UP_IN_CARE-2). An ADMITTED change may name the SiS `institution`"
                    + " {orgId, name}: it joins the plan as a SIS party unless it is one (a consent in force must share"
                    + " the person's information with it, asked of consent-service now: 422, 503) and becomes the care"
                    + " episode's institution; a new admission with no SIS party left must name it (422). effectiveOn is"
                    + " not before the previous change nor the start of the care. Any party records a change except"
                    + " DISCHARGED, which the lead organisation records (any of the roles below) or a manager (role"
                    + " manager) of a party organisation; another party that sees the plan gets 403 naming who may."
                    + " Publishes"
                    + " se.sip.plan.placement-changed.v1 (the note stays in the plan), then"
                    + " se.sip.plan.party-removed.v1 for each SiS party a discharge removes (cause DISCHARGED), or"
                    + " se.sip.plan.party-added.v1 for the institution an admission brings in.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlacementChangeRequest.class),
            examples = {
                @ExampleObject(name = "§ 27 placement", value = PlacementExamples.SECTION_27),
                @ExampleObject(name = "new admission after the discharge", value = PlacementExamples.READMITTED) }))
    @APIResponse(responseCode = "201", description = "Recorded; the plan with its placement history, ETag its version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named; an institution with a"
            + " change other than ADMITTED")
    @APIResponse(responseCode = "403", description = "A role this call does not allow, or DISCHARGED by a party that"
            + " neither leads the plan nor calls as a manager", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not the lead", value = PlacementExamples.NOT_LEAD_NOR_MANAGER)))
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    @APIResponse(responseCode = "503", description = "consent-service could not be asked about the institution")
    @APIResponse(responseCode = "422", description = "Not an LVM_AFTERCARE plan, a change out of order, an"
            + " effectiveOn too early, a new admission naming no institution when no SIS party is left, an institution"
            + " that is a party of another type, 30 parties already, or no consent in force sharing with the"
            + " institution; the detail says why", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "out of order", value = PlacementExamples.PLACEMENT_ORDER)))
    public Response record(@PathParam("id") UUID id,
            @Parameter(description = "The plan's ETag as read; optional, a stale one is refused with 412")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlacementChangeRequest request) {
        PlanDetails plan = service.record(caller.get(), id, request.type(), request.effectiveOn(), request.note(),
                request.institutionParty(), ifMatch);
        return PlanView.created(plan);
    }
}
