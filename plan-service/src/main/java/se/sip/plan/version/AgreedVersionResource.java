package se.sip.plan.version;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.problem.Problem;
import se.sip.platform.security.Caller;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/plans/{id}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
class AgreedVersionResource {

    private static final String VISIBILITY = " Visible as the plan is: to the lead always, to another party while a"
            + " consent in force shares the person's information with it, to the person themselves (role individual)"
            + " when it is their own plan; 404 otherwise, as if there were no plan. The person gets the plan view"
            + " without their number, `personRef` or `created.sub`, and no version agreed by an officials' meeting"
            + " (tjänstemannamöte; since its minutes became internal they agree none).";

    @Inject
    AgreedVersionService service;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION, Roles.INDIVIDUAL })
    @Operation(operationId = "listAgreedVersions", summary = "The plan's agreed versions (fastställda versioner)",
            description = "One version per approved minutes (justerat protokoll) of a meeting about the plan, oldest"
                    + " first: when meeting-service publishes se.sip.meeting.minutes-approved.v1, the plan as it then"
                    + " stands is stored and se.sip.plan.version-agreed.v1 published. Approved minutes reported again"
                    + " (same meeting and revision) agree no second version; minutes approved after the plan was"
                    + " closed agree none." + VISIBILITY)
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = SummaryPage.class),
                    examples = @ExampleObject(name = "page", value = VersionExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid page or size")
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    public Page<AgreedVersionView.Summary> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.list(caller.get(), id, page).map(AgreedVersionView.Summary::of);
    }

    @GET
    @Path("/{n}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION, Roles.INDIVIDUAL })
    @Operation(operationId = "getAgreedVersion", summary = "One agreed version (fastställd version)",
            description = "The plan exactly as it stood when the minutes were approved, and which minutes agreed it."
                    + VISIBILITY)
    @APIResponse(responseCode = "200", description = "The agreed version",
            content = @Content(schema = @Schema(implementation = AgreedVersionView.class),
                    examples = @ExampleObject(name = "version 1", value = VersionExamples.VERSION)))
    @APIResponse(responseCode = "404", description = "No such plan, not visible to the caller, or no version n",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no such version", value = VersionExamples.NO_VERSION)))
    public AgreedVersionView get(@PathParam("id") UUID id,
            @Parameter(description = "The version's number, 1, 2, …", example = "1") @PathParam("n") int n) {
        Caller c = caller.get();
        AgreedVersionView version = AgreedVersionView.of(service.read(c, id, n));
        return c.isIndividual() ? version.forThePerson() : version;
    }

    @GET
    @Path("/{n}/changes")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION, Roles.INDIVIDUAL })
    @Operation(operationId = "getAgreedVersionChanges", summary = "What changed since the version before"
            + " (ändringar sedan föregående version)",
            description = "Version n compared with version n-1: the plan's own fields that changed (lead, parties,"
                    + " individualGoal, needs, …), per life area whether the current situation changed and which goals"
                    + " were added, removed or changed, and per action whether it was added, removed or which of its"
                    + " fields changed. Version 1 is compared with nothing, so everything in it shows as new."
                    + VISIBILITY)
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(schema = @Schema(implementation = PlanChangesView.class),
                    examples = @ExampleObject(name = "housing and an action", value = VersionExamples.CHANGES)))
    @APIResponse(responseCode = "404", description = "No such plan, not visible to the caller, or no version n",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no such version", value = VersionExamples.NO_VERSION)))
    public PlanChangesView changes(@PathParam("id") UUID id,
            @Parameter(description = "The version's number, 1, 2, …", example = "2") @PathParam("n") int n) {
        AgreedVersionService.Compared compared = service.compared(caller.get(), id, n);
        // The comparison names no person: it needs no personal identity number.
        return PlanChangesView.between(n,
                compared.before() == null ? null : AgreedVersionView.plan(compared.before(), null),
                AgreedVersionView.plan(compared.after(), null));
    }

    /** For the OpenAPI document only: Page of AgreedVersionView.Summary. */
    @Schema(name = "AgreedVersionPage")
    static final class SummaryPage {
        public java.util.List<AgreedVersionView.Summary> items;
        public int page;
        public int size;
        public long total;
    }
}
