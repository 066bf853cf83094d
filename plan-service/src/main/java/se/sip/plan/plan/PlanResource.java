package se.sip.plan.plan;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.consent.ConsentTermsClient;
import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.person.ValidPersonalIdentityNumber;
import se.sip.platform.problem.Problem;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Samordnade planer. Coordinated plans (samordnad individuell plan, SIP; samverkansplan;"
        + " eftervårdsplan efter LVM; uppdrag för unga): who takes part, who leads, and the individual's own goal")
class PlanResource {

    @Inject
    PlanService service;

    @Inject
    ConsentTermsClient consentTerms;

    @Inject
    CurrentCaller caller;

    @Inject
    AmendmentService amendments;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "startPlan", summary = "Start a plan (upprätta samordnad plan)",
            description = "Starts an ACTIVE plan. The caller's organisation must be one of the parties, and the lead"
                    + " (huvudansvarig) too. Each kind has its rules: a SIP needs a REGION and a MUNICIPALITY party; a"
                    + " COLLABORATION has no REGION party (with health care it is a SIP); LVM_AFTERCARE needs the"
                    + " careEpisode and the SiS institution as a SIS party; YOUTH_ASSIGNMENT needs a MUNICIPALITY party."
                    + " Before anything is stored, consent-service is asked whether a consent in force shares the"
                    + " person's information (SHARE_INFORMATION) with the caller's organisation and with every party:"
                    + " a plan is information shared between its parties, so it is never started without that consent."
                    + " The caller's own organisation is judged first; when it is not covered the 422 is one generic"
                    + " refusal, with consent-service's reason only for a caller who may see the person's consents."
                    + " A covered caller learns which of the organisations it sent are not covered. The plan rests on"
                    + " the consent that shares with its lead (`consent.id`). (Consent to convene a meeting,"
                    + " CONVENE_MEETING, is asked by meeting-service when a meeting is booked.) If consent-service"
                    + " cannot answer, nothing is stored and the answer is 503: retry later."
                    + " Publishes se.sip.plan.created.v1.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanRequest.class),
            examples = @ExampleObject(name = "LVM aftercare", summary = "Aftercare planning during LVM care at SiS",
                    value = PlanExamples.LVM_AFTERCARE)))
    @APIResponse(responseCode = "201", description = "Started; Location names it, ETag carries its version",
            content = @Content(schema = @Schema(implementation = PlanView.class),
                    examples = @ExampleObject(name = "plan", value = PlanExamples.PLAN)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named")
    @APIResponse(responseCode = "422", description = "A rule of the plan's kind is broken, or no consent in force permits"
            + " sharing; the detail says why", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class), examples = {
                            @ExampleObject(name = "no consent", value = PlanExamples.NO_CONSENT),
                            @ExampleObject(name = "party not covered", value = PlanExamples.PARTY_NOT_COVERED),
                            @ExampleObject(name = "kind rule", value = PlanExamples.KIND_RULE) }))
    @APIResponse(responseCode = "503", description = "consent-service cannot answer; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "consent-service down", value = PlanExamples.CONSENT_SERVICE_DOWN)))
    public Response start(@Valid @NotNull PlanRequest request) {
        PlanDetails plan = service.start(caller.get(), request.toStart());
        return Response.created(URI.create("/api/v1/plans/" + plan.id()))
                .tag(Versions.etag(plan.version()))
                .entity(PlanView.of(plan))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION, Roles.INDIVIDUAL })
    @Operation(operationId = "getPlan", summary = "Read one plan (läs plan)",
            description = "Visible to the lead organisation always, and to another party while a consent in force"
                    + " shares the person's information with it (SHARE_INFORMATION naming it); to the person"
                    + " themselves (role individual) when it is their own plan, whichever organisations take part,"
                    + " without their number and its pseudonym (no `personId`, `personRef`) and with who started it"
                    + " by organisation only (no `created.sub`). 404 when the plan does"
                    + " not exist or the caller may not see it: the answer does not tell the two apart. `consent`"
                    + " shows the terms of the consent the plan rests on (id, last valid day, restrictions: what it"
                    + " must not cover), asked of consent-service now, since names and free text never travel on the"
                    + " event bus; when consent-service does not answer within 2 s, `consent.available` is false,"
                    + " `consent.note` says \"inte tillgängligt\", and the plan is still answered.")
    @APIResponse(responseCode = "200", description = "The plan; ETag carries its version",
            content = @Content(schema = @Schema(implementation = PlanView.class),
                    examples = @ExampleObject(name = "plan", value = PlanExamples.PLAN_READ)))
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    public Response get(@PathParam("id") UUID id) {
        Caller c = caller.get();
        PlanDetails plan = service.read(c, id);
        PlanView view = PlanView.of(plan).withConsent(consentTerms.terms(plan.consentId()));
        return Response.ok(c.isIndividual() ? view.forThePerson() : view).tag(Versions.etag(plan.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "listPlans", summary = "A person's plans, newest first (en persons planer)",
            description = "Only the plans the caller's organisation may see are listed and counted (see reading one)."
                    + " Discouraged: `POST /api/v1/plans/search` keeps the number out of the URL.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = PlanPage.class),
                    examples = @ExampleObject(name = "page", value = PlanExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Missing or invalid personId, page or size")
    public Page<PlanView> list(
            @Parameter(description = "Personal identity or coordination number", example = "191212121212", required = true)
            @QueryParam("personId") @NotNull @ValidPersonalIdentityNumber String personId,
            @Valid @BeanParam PageRequest page) {
        return service.ofPerson(caller.get(), personId, page).map(PlanView::of);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(PlanPatch.MEDIA_TYPE)
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "amendPlan", summary = "Amend a plan (revidera planen)",
            description = "Changes the plan's own fields after it started, as needs and goals are revised at each"
                    + " follow-up (seeds 000, 001, 003): a JSON Merge Patch (RFC 7396, Content-Type"
                    + " application/merge-patch+json). The individual's own goal stays first; a professionals' goal"
                    + " that differs is kept beside it as `professionalGoal`. `careEpisode.expectedDischargeOn` only"
                    + " for a plan with an LVM care episode; the discharge milestones (DISCHARGE_PLANNING,"
                    + " DISCHARGE_UNCONFIRMED) follow it, as PLAN_REVIEW follows `horizonMonths`. If-Match with the plan's ETag is required. Publishes"
                    + " se.sip.plan.changed.v1 naming the parts that changed (never their values) and the new"
                    + " version; a patch that changes nothing publishes nothing and keeps the version.")
    @RequestBody(required = true, content = @Content(mediaType = PlanPatch.MEDIA_TYPE,
            schema = @Schema(implementation = PlanPatch.class),
            examples = @ExampleObject(name = "revised at follow-up", value = PlanExamples.PATCH)))
    @APIResponse(responseCode = "200", description = "The plan as it now is; ETag carries its version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, a member that cannot be patched, a required"
            + " member removed (null), or a value of the wrong type or size: each member in error is named")
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    @APIResponse(responseCode = "422", description = "An expected discharge for a plan without an LVM care episode")
    public Response amend(@PathParam("id") UUID id,
            @Parameter(description = "The plan's ETag as read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        PlanDetails plan = amendments.amend(caller.get(), id, PlanPatch.read(patch, json, validator), ifMatch);
        return Response.ok(PlanView.of(plan)).tag(Versions.etag(plan.version())).build();
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "closePlan", summary = "Close a plan (avsluta plan)",
            description = "Coordination ends: the plan becomes CLOSED with the reason given. The lead organisation"
                    + " closes it (any of the roles below), or a manager (role manager) of a party organisation;"
                    + " another party that sees the plan gets 403 naming who may. Plans are also closed by the system,"
                    + " with CONSENT_WITHDRAWN or CONSENT_EXPIRED, when the consent they rest on ends and no other"
                    + " consent in force shares the person's information with the lead, so a caller never gives those"
                    + " two (422). OTHER needs a `note` saying why (400). A YOUTH_ASSIGNMENT closes with GOALS_MET"
                    + " only after a held FOLLOW_UP meeting (seed 004: the intervention ends when a follow-up shows the"
                    + " goals met; 422 otherwise). Publishes se.sip.plan.closed.v1.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ClosureRequest.class),
            examples = @ExampleObject(name = "goals met", value = PlanExamples.CLOSURE)))
    @APIResponse(responseCode = "200", description = "The closed plan",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "A role this call does not allow, or a party that sees the plan"
            + " but neither leads it nor calls as a manager", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not the lead", value = PlanExamples.NOT_LEAD_NOR_MANAGER)))
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The plan is already closed")
    @APIResponse(responseCode = "422", description = "A reason that contradicts the routine: the system's own"
            + " (CONSENT_WITHDRAWN, CONSENT_EXPIRED), or GOALS_MET for a youth assignment with no follow-up held",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "the system's reason", value = PlanExamples.SYSTEM_REASON)))
    public Response close(@PathParam("id") UUID id,
            @Parameter(description = "The plan's ETag as read; a stale one is refused with 412")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ClosureRequest request) {
        PlanDetails plan = service.close(caller.get(), id, request.reason(), request.note(), ifMatch);
        return Response.ok(PlanView.of(plan)).tag(Versions.etag(plan.version())).build();
    }

    /** For the OpenAPI document only: Page of PlanView. */
    @Schema(name = "PlanPage")
    static final class PlanPage {
        public java.util.List<PlanView> items;
        public int page;
        public int size;
        public long total;
    }
}
