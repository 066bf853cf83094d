package se.sip.plan.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.platform.access.rest.OwnAccessLogResource;
import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

/** The person themselves, signed in with e-identification, reads their own plans: the page fhir-service serves them. */
@Path("/api/v1/me/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OwnAccessLogResource.OWN_DATA)
class OwnPlansResource {

    @Inject
    PlanService service;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed(Roles.INDIVIDUAL)
    @Operation(operationId = "listOwnPlans", summary = "Your plans (dina planer)",
            description = "Every plan about the caller, the person themselves (role individual), newest first,"
                    + " whichever organisations take part and whether it is active or closed: the same plan as"
                    + " `GET /api/v1/plans/{id}` shows the person (without the consent's terms, which only that read"
                    + " adds). Their own goal (`individualGoal`), the lead organisation (`lead`), the parties by"
                    + " name, the nine life areas with their goals, and the actions with who is responsible for each"
                    + " (`responsibleOrgId`: a party's orgId, or INDIVIDUAL for what the person does themselves)."
                    + " Without the personal identity number or its pseudonym (`personId`, `personRef`), and with"
                    + " who started the plan by organisation only (no `created.sub`)."
                    + " The person also reads each plan (`GET /api/v1/plans/{id}`), its schedule, its milestones, its"
                    + " SIP document and its agreed versions; every other operation is 403 to them. The read is in the"
                    + " person's access-log extract.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = PlanResource.PlanPage.class),
                    examples = @ExampleObject(name = "page", value = PlanExamples.OWN_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid page or size")
    @APIResponse(responseCode = "403", description = "Only the person themselves (role individual) lists their plans")
    public Page<PlanView> list(@Valid @BeanParam PageRequest page) {
        return service.ofThePerson(caller.get(), page).map(plan -> PlanView.of(plan).forThePerson());
    }
}
