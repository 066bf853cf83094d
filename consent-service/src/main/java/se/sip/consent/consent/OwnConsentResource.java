package se.sip.consent.consent;

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

/** The person's own consents: what they agreed to, with whom and on what terms, whoever recorded it. */
@Path("/api/v1/me/consents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OwnAccessLogResource.OWN_DATA)
class OwnConsentResource {

    @Inject
    ConsentService service;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed(Roles.INDIVIDUAL)
    @Operation(operationId = "listOwnConsents", summary = "Your consents and restrictions (dina samtycken)",
            description = "Every consent and declined SIP offer recorded about the caller, by any organisation, newest"
                    + " first: its status, purposes, the organisations it names, validity, restrictions, who gave it"
                    + " and who recorded it, and a withdrawal. Without the caller's number, `personRef`, staff"
                    + " members' user ids or relatives' contact details. `GET /api/v1/consents/{id}` reads one and"
                    + " `POST /api/v1/consents/{id}/withdrawal` withdraws an active one.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = ConsentResource.ConsentPage.class),
                    examples = @ExampleObject(name = "page", value = ConsentExamples.OWN_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid page or size")
    @APIResponse(responseCode = "403", description = "Only the person themselves (role individual) reads this")
    public Page<ConsentView> list(@Valid @BeanParam PageRequest page) {
        return service.own(caller.get(), page).map(c -> ConsentView.forThePerson(c, service.today()));
    }
}
