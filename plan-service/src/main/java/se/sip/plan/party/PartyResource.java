package se.sip.plan.party;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import se.sip.plan.plan.PartyService;
import se.sip.plan.plan.PlanDetails;
import se.sip.plan.plan.PlanView;
import se.sip.platform.problem.Problem;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/plans/{id}/parties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
class PartyResource {

    @Inject
    PartyService service;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "addPlanParty", summary = "Add a party (ny samverkanspart)",
            description = "An organisation joins the plan, as a new school or housing provider does (seeds 000, 001,"
                    + " 003). Any party of the plan may add one while the plan is ACTIVE; at most 30 parties. The"
                    + " new party must be one a consent in force shares the person's information with"
                    + " (SHARE_INFORMATION), asked of consent-service now (the caller's own organisation first, as"
                    + " when a plan is started). With its place it may read the plan and be invited to its meetings."
                    + " Publishes se.sip.plan.party-added.v1, which tells the new party (inbox, webhook) where the plan"
                    + " is. If-Match is optional.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PartyRequest.class),
            examples = @ExampleObject(name = "housing provider", value = PartyExamples.PARTY)))
    @APIResponse(responseCode = "200", description = "The plan with its new party; ETag carries its new version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named")
    @APIResponse(responseCode = "403", description = "The caller's organisation is not a party of the plan")
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The organisation is already a party, or the plan is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "already a party", value = PartyExamples.ALREADY_A_PARTY)))
    @APIResponse(responseCode = "422", description = "No consent in force covers the organisation, the plan has 30"
            + " parties already, or the kind forbids it (a REGION party in a COLLABORATION)")
    @APIResponse(responseCode = "503", description = "consent-service cannot answer; nothing was changed")
    public Response add(@PathParam("id") UUID id,
            @Parameter(description = "The plan's ETag as read; a stale one is refused with 412")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PartyRequest request) {
        return plan(service.add(caller.get(), id, request.toParty(), ifMatch));
    }

    @DELETE
    @Path("/{orgId}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "removePlanParty", summary = "Remove a party (part lämnar planen)",
            description = "The party leaves the plan and, with its place, its access to it. The lead or the party"
                    + " itself may do it, never for the lead (hand the lead on first), nor for a party that is"
                    + " responsible for open (PLANNED or ONGOING) actions, whose adjuster must still answer submitted"
                    + " minutes, or that the plan's kind needs (a SIP's REGION and MUNICIPALITY, a youth assignment's"
                    + " resource unit); the 422 names them by id. SiS leaves an LVM-aftercare plan by itself at the"
                    + " discharge. If-Match with the plan's ETag is required. Publishes se.sip.plan.party-removed.v1"
                    + " (cause REMOVED), which tells the party that left.")
    @APIResponse(responseCode = "200", description = "The plan without the party; ETag carries its new version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "403", description = "The caller is neither the lead nor the party itself")
    @APIResponse(responseCode = "404", description = "No such plan, not visible to the caller, or no such party")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    @APIResponse(responseCode = "422", description = "The party is the lead, or still holds open actions, minutes to"
            + " adjust, or a place the plan's kind needs",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "the lead", value = PartyExamples.CANNOT_LEAVE)))
    public Response remove(@PathParam("id") UUID id,
            @Parameter(description = "The party's organisation id", example = "sis-lvm-hem-1")
            @PathParam("orgId") String orgId,
            @Parameter(description = "The plan's ETag as read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return plan(service.remove(caller.get(), id, orgId, ifMatch));
    }

    @PUT
    @Path("/{orgId}/contact")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "replacePlanPartyContact", summary = "Replace a party's contact person (ny kontaktperson)",
            description = "When the participant of an organisation changes jobs, another takes over: the party itself"
                    + " or the lead replaces its contact, shown as the party's `contact` (name, phone, e-mail)."
                    + " Publishes se.sip.plan.changed.v1 with the part parties.contact. If-Match is optional.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContactRequest.class),
            examples = @ExampleObject(name = "new contact", value = PartyExamples.CONTACT)))
    @APIResponse(responseCode = "200", description = "The plan with the party's new contact; ETag carries its version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named")
    @APIResponse(responseCode = "403", description = "The caller is neither the lead nor the party itself")
    @APIResponse(responseCode = "404", description = "No such plan, not visible to the caller, or no such party")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    public Response replaceContact(@PathParam("id") UUID id,
            @Parameter(description = "The party's organisation id", example = "kommun-0583")
            @PathParam("orgId") String orgId,
            @Parameter(description = "The plan's ETag as read; a stale one is refused with 412")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ContactRequest request) {
        return plan(service.replaceContact(caller.get(), id, orgId, request.text(), ifMatch));
    }

    private static Response plan(PlanDetails plan) {
        return Response.ok(PlanView.of(plan)).tag(Versions.etag(plan.version())).build();
    }
}
