package se.sip.consent.rest;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.consent.Purpose;
import se.sip.consent.service.ConsentDecisions;
import se.sip.platform.person.ValidPersonalIdentityNumber;
import se.sip.platform.problem.Problem;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/consent-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent decisions (samtyckesprövning)", description = "Asked before every write that needs consent")
public class ConsentDecisionResource {

    @Inject
    ConsentDecisions decisions;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "decideConsent", summary = "May an organisation act for a purpose on this person now? (finns samtycke?)",
            description = "Answers from the consents in force today (Europe/Stockholm): active, begun, not past"
                    + " validUntil. The organisation must be named by the consent or be the one that recorded it."
                    + " With purpose INVITE_RELATIVES, `relative` asks about one named relative. Callable with a"
                    + " service token (role `integration`) or by an organisation that may see the person's consents.")
    @APIResponse(responseCode = "200", description = "The decision; `permitted` false says why in `reason`",
            content = @Content(schema = @Schema(implementation = ConsentDecisionView.class), examples = {
                    @ExampleObject(name = "permitted", value = Examples.DECISION_PERMITTED),
                    @ExampleObject(name = "refused", value = Examples.DECISION_REFUSED) }))
    @APIResponse(responseCode = "400", description = "A parameter is missing or invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither a service token nor an organisation that sees the person's"
            + " consents", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConsentDecisionView decide(
            @Parameter(description = "Personal identity or coordination number", example = "191212121212", required = true)
            @QueryParam("personId") @NotNull @ValidPersonalIdentityNumber String personId,
            @Parameter(description = "The organisation that wants to act", example = "region-ostergotland-beroende",
                    required = true)
            @QueryParam("orgId") @NotBlank String orgId,
            @Parameter(required = true) @QueryParam("purpose") @NotNull Purpose purpose,
            @Parameter(description = "With INVITE_RELATIVES: the relative's name as recorded in the consent")
            @QueryParam("relative") String relative) {
        if (relative != null && purpose != Purpose.INVITE_RELATIVES) {
            throw ProblemException.invalid(java.util.List.of(new Problem.FieldError("relative",
                    "is asked about only with purpose INVITE_RELATIVES")));
        }
        ConsentDecisions.Outcome outcome = decisions.decide(caller.get(), personId, orgId, purpose,
                Optional.ofNullable(relative).filter(r -> !r.isBlank()));
        return new ConsentDecisionView(outcome.permitted(), outcome.consentId(), outcome.reason());
    }
}
