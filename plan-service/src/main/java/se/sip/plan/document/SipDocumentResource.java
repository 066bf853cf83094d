package se.sip.plan.document;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/plans/{id}/sip-document")
@Tag(name = "Plans")
class SipDocumentResource {

    @Inject
    SipDocumentService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION, Roles.INDIVIDUAL })
    @Operation(operationId = "getSipDocument", summary = "The plan as a SIP document (SIP-dokument)",
            description = "The plan, as it now is or as agreed in version n, written out in the order of the regional"
                    + " SIP template (SIP-mall): new plan or follow-up and date; whom the plan belongs to; legal"
                    + " representative; why the person is absent; the lead (huvudansvarig); invited participants;"
                    + " earlier and current situation per life area; why the plan, which needs; the person's own"
                    + " goal; the planning (goal, what and when, responsible, start–end, met), measures by others and"
                    + " by the person, a youth assignment's order; planned follow-up; signatures. One HTML page with"
                    + " inline CSS, readable on a phone and printable. It opens with the legal minimum"
                    + " (socialtjänstlagen, SFS 2025:400, and 16 kap. 4 § hälso- och sjukvårdslagen): a plan that"
                    + " does not state which interventions are needed, which each principal answers for, which"
                    + " measures others take and which principal has the overall responsibility says so at the top,"
                    + " naming what is missing. The personal identity number is printed under \"Planen tillhör\""
                    + " because the template identifies the person there (the printed copy is the person's own);"
                    + " name and address are not held by the system and are left as lines to fill in. Who attended,"
                    + " why the individual did not, and the individual's wishes before the meeting (seeds 000, 001)"
                    + " are read from meeting-service when the document is printed (free text never travels on the"
                    + " event bus): for an agreed version from the meeting whose minutes made it, for the plan as it"
                    + " is from its latest held meeting; when meeting-service does not answer within 2 s the lines"
                    + " are left to fill in and the page says \"inte tillgängligt\". A professionals' goal is shown"
                    + " beside the person's own, marked as such."
                    + " Visible as the plan is: to the lead always, to another party while a consent in force shares"
                    + " the person's information with it; 404 otherwise."
                    + " The person themselves (role individual) gets the document of their own plan (another person's"
                    + " is a 404): the same page, but their number is a line to fill in (they know it, an answer had"
                    + " better not carry it), and nothing comes from an officials' meeting (tjänstemannamöte, its"
                    + " minutes internal): for the plan as it is, the attendance and the absence reason are those of"
                    + " the latest held meeting but an officials' one, by its approved minutes only (else lines to"
                    + " fill in); a version agreed by an officials' meeting does not exist for them. The page names"
                    + " organisations and people by name, never a staff member's user id.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "an incomplete SIP", value = DocumentExamples.INCOMPLETE_SIP)))
    @APIResponse(responseCode = "400", description = "version is not a number of 1 or more")
    @APIResponse(responseCode = "404", description = "No such plan, not visible to the caller (another person's plan"
            + " to the person), or no agreed version n")
    public Response document(@PathParam("id") UUID id,
            @Parameter(description = "An agreed version's number; the plan as it now is when absent", example = "1")
            @QueryParam("version") @Min(value = 1, message = "must be 1 or more") Integer version) {
        return Response.ok(service.document(caller.get(), id, version))
                // Personal data: never kept by a browser or proxy cache; the page loads nothing but itself.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }
}
