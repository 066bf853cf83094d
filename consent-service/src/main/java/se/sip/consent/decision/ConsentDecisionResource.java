package se.sip.consent.decision;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.consent.consent.Purpose;
import se.sip.platform.person.ValidPersonalIdentityNumber;
import se.sip.platform.problem.Problem;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/consent-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent decisions", description = "Samtyckesprövning. Asked before every write that needs consent")
class ConsentDecisionResource {

    /** Who may ask, and what a refusal tells: the same for both operations. */
    private static final String RULES = " Callable only with one of our own services' tokens (role `integration`,"
            + " organisation `sip-platform`) or by an organisation that may see one of the person's consents (it"
            + " recorded one, or an active one names it); anyone else gets 403, logged in the access log. When the"
            + " organisation asked about may see none of the person's consents, a refusal's reason is always"
            + " `NOT_PERMITTED`, never the specific one, so the answer does not tell it whether the person has consents.";

    @Inject
    ConsentDecisions decisions;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "decideConsent", summary = "May an organisation act for a purpose on this person now? (finns samtycke?)",
            description = "Answers from the consents in force today (Europe/Stockholm): active, begun, not past"
                    + " validUntil. The organisation must be named by the consent or be the one that recorded it."
                    + " With purpose INVITE_RELATIVES, `relative` asks about one named relative." + RULES
                    + " Our services ask with `POST /api/v1/consent-decisions/search`, which keeps the personal"
                    + " identity number out of the URL.")
    @APIResponse(responseCode = "200", description = "The decision; `permitted` false says why in `reason`",
            content = @Content(schema = @Schema(implementation = ConsentDecisionView.class), examples = {
                    @ExampleObject(name = "permitted", value = DecisionExamples.DECISION_PERMITTED),
                    @ExampleObject(name = "refused", value = DecisionExamples.DECISION_REFUSED),
                    @ExampleObject(name = "refused, no reason given", summary = "The organisation asked about sees none"
                            + " of the person's consents", value = DecisionExamples.DECISION_NOT_PERMITTED) }))
    @APIResponse(responseCode = "400", description = "A parameter is missing or invalid")
    @APIResponse(responseCode = "403", description = "Neither one of our services' tokens nor an organisation that sees"
            + " the person's consents")
    public ConsentDecisionView decide(
            @Parameter(description = "Personal identity or coordination number", example = "191212121212", required = true)
            @QueryParam("personId") @NotNull @ValidPersonalIdentityNumber String personId,
            @Parameter(description = "The organisation that wants to act", example = "region-ostergotland-beroende",
                    required = true)
            @QueryParam("orgId") @NotBlank String orgId,
            @Parameter(required = true) @QueryParam("purpose") @NotNull Purpose purpose,
            @Parameter(description = "With INVITE_RELATIVES: the relative's name as recorded in the consent")
            @QueryParam("relative") String relative) {
        ConsentDecisions.Outcome outcome = decisions.decide(caller.get(), personId, List.of(orgId), purpose,
                relativeAsked(relative, purpose)).get(0);
        return new ConsentDecisionView(outcome.permitted(), outcome.consentId(), outcome.reason());
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "decideConsents", summary = "May these organisations act for a purpose on this person"
            + " now? (finns samtycke?)",
            description = "The decision of `GET /api/v1/consent-decisions` for up to 50 organisations in one call,"
                    + " answered in the order of `orgIds`, with the personal identity number in the body instead of"
                    + " the URL: what our services call before every write that needs consent. Answers from the"
                    + " consents in force today (Europe/Stockholm), by the coverage rule every service shares; when"
                    + " several permit, `consentId` is the one every service prefers (latest validUntil, open-ended"
                    + " first, then latest validFrom). One access log row per call." + RULES
                    + " This narrows the contract: a partner's `integration` token that sees none of the person's"
                    + " consents was answered before and is refused with 403 now.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ConsentDecisionSearch.class),
            examples = @ExampleObject(name = "three organisations", value = DecisionExamples.DECISION_SEARCH)))
    @APIResponse(responseCode = "200", description = "One decision per organisation; `permitted` false says why in"
            + " `reason`", content = @Content(schema = @Schema(implementation = ConsentDecisionsView.class),
                    examples = @ExampleObject(name = "decisions", value = DecisionExamples.DECISIONS)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named")
    @APIResponse(responseCode = "403", description = "Neither one of our services' tokens nor an organisation that sees"
            + " the person's consents")
    public ConsentDecisionsView search(@Valid @NotNull ConsentDecisionSearch search) {
        return ConsentDecisionsView.of(decisions.decide(caller.get(), search.personId(), search.orgIds(),
                search.purpose(), relativeAsked(search.relative(), search.purpose())));
    }

    private static Optional<String> relativeAsked(String relative, Purpose purpose) {
        if (relative != null && purpose != Purpose.INVITE_RELATIVES) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("relative",
                    "is asked about only with purpose INVITE_RELATIVES")));
        }
        return Optional.ofNullable(relative).filter(r -> !r.isBlank());
    }
}
