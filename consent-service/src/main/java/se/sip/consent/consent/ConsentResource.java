package se.sip.consent.consent;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
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

import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.person.PersonSearch;
import se.sip.platform.person.ValidPersonalIdentityNumber;
import se.sip.platform.problem.Problem;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consents", description = "Samtycken. The individual's consent to coordination, and declined SIP offers")
class ConsentResource {

    @Inject
    ConsentService service;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "recordConsent", summary = "Record a consent decision (registrera samtycke)",
            description = "Records a consent given by the individual (or their legal representative or guardian; for a"
                    + " child in joint custody both guardians, the second as `coGuardian`), or a SIP that was offered"
                    + " and declined, with the needs seen and the individual's position. Who gives a child's consent"
                    + " follows the youth routine of seed 004 (\"Efter samtycke från vårdnadshavare/ungdom\"): a"
                    + " child under 15 does not consent alone, so `givenBy.role` INDIVIDUAL is refused with 422 for"
                    + " a person under 15 on `validFrom` (a declined offer without one: the day it is recorded); the"
                    + " guardians or a legal representative give it, and from the 15th birthday the youth may give"
                    + " their own. `coGuardian` is the second guardian of a child: for a person 18 or over on"
                    + " `validFrom` it is refused with 422. The organisation that records a GRANTED consent must be"
                    + " one of the `parties` it names, the one that obtained it (else 422); a declined offer names"
                    + " none. A consent is immutable but for its withdrawal: a wider scope is a new consent. The"
                    + " recording organisation always sees it; the organisations it names see it while it is active."
                    + " A consent recorded with `validUntil` 30 days away or nearer is announced as expiring at once"
                    + " (`se.sip.consent.expiring.v1`).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ConsentRequest.class), examples = {
            @ExampleObject(name = "granted", summary = "Consent to coordinate LVM aftercare",
                    value = ConsentExamples.GRANTED),
            @ExampleObject(name = "guardians", summary = "Both guardians of a child in joint custody consent",
                    value = ConsentExamples.GUARDIANS),
            @ExampleObject(name = "declined", summary = "A SIP offered and declined",
                    value = ConsentExamples.DECLINED) }))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(schema = @Schema(implementation = ConsentView.class),
                    examples = @ExampleObject(name = "consent", value = ConsentExamples.CONSENT)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad personal number",
                            value = ConsentExamples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "422", description = "A rule of who records or gives the consent is broken:"
            + " the recording organisation is not among the parties of the GRANTED consent; a child under 15 on"
            + " `validFrom` gave it as INDIVIDUAL, alone (seed 004: the guardians or a legal representative give it);"
            + " or a `coGuardian` is named for a person 18 or over on `validFrom`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "recorder not a party", value = ConsentExamples.RECORDER_NOT_A_PARTY),
                            @ExampleObject(name = "child under 15 alone",
                                    summary = "A 14-year-old as INDIVIDUAL: the guardians give it (seed 004)",
                                    value = ConsentExamples.CHILD_ALONE),
                            @ExampleObject(name = "coGuardian of an adult",
                                    summary = "A second guardian for a person 18 or over",
                                    value = ConsentExamples.CO_GUARDIAN_OF_AN_ADULT) }))
    public Response record(@Valid @NotNull ConsentRequest request) {
        Consent consent = service.record(caller.get(), request.toRecording());
        return Response.created(URI.create("/api/v1/consents/" + consent.id))
                .tag(etag(consent))
                .entity(ConsentView.of(consent, service.today()))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION, Roles.INDIVIDUAL })
    @Operation(operationId = "getConsent", summary = "Read one consent (läs samtycke)",
            description = "404 when it does not exist or the caller's organisation may not see it: the answer does not"
                    + " tell the two apart. Our own services' tokens read any consent: they show its id, validUntil"
                    + " and restrictions with the plans and meetings that rest on it. The person themselves (role"
                    + " individual) reads their own, whoever recorded it, without their number, `personRef`, the"
                    + " staff member's `recordedBy.sub` or relatives' contact details; anyone else's is a 404.")
    @APIResponse(responseCode = "200", description = "The consent; ETag carries its version",
            content = @Content(schema = @Schema(implementation = ConsentView.class),
                    examples = @ExampleObject(name = "consent", value = ConsentExamples.CONSENT)))
    @APIResponse(responseCode = "404", description = "No such consent, or not visible to the caller")
    public Response get(@PathParam("id") UUID id) {
        Consent consent = service.read(caller.get(), id);
        return Response.ok(view(consent)).tag(etag(consent)).build();
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "listConsents", summary = "A person's consents, newest first (en persons samtycken)",
            description = "Only the consents the caller's organisation may see are listed and counted. Discouraged:"
                    + " `POST /api/v1/consents/search` keeps the number out of the URL.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = ConsentPage.class),
                    examples = @ExampleObject(name = "page", value = ConsentExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Missing or invalid personId, page or size")
    public Page<ConsentView> list(
            @Parameter(description = "Personal identity or coordination number", example = "191212121212", required = true)
            @QueryParam("personId") @NotNull @ValidPersonalIdentityNumber String personId,
            @Valid @BeanParam PageRequest page) {
        return service.ofPerson(caller.get(), personId, page).map(c -> ConsentView.of(c, service.today()));
    }

    @POST
    @Path("/search")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "searchConsents", summary = "A person's consents, newest first (en persons samtycken)",
            description = "As `GET /api/v1/consents?personId=`, with the personal identity number in the body instead"
                    + " of the URL, which the GET is kept for but discouraged. Only the consents the caller's"
                    + " organisation may see are listed and counted. A read: never stored for an Idempotency-Key"
                    + " replay.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = ConsentPage.class),
                    examples = @ExampleObject(name = "page", value = ConsentExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Missing or invalid personId, page or size")
    public Page<ConsentView> search(@Valid @NotNull PersonSearch search, @Valid @BeanParam PageRequest page) {
        return list(search.personId(), page);
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION, Roles.INDIVIDUAL })
    @Operation(operationId = "withdrawConsent", summary = "Withdraw a consent (återkalla samtycke)",
            description = "The consent becomes WITHDRAWN at once: decisions asked afterwards are refused, and"
                    + " `se.sip.consent.withdrawn.v1` tells every party. The individual may tell any organisation the"
                    + " consent concerns, so the recording organisation and every organisation it names (while it is"
                    + " active) may record the withdrawal; any other gets 404 and nothing changes. `withdrawnBy` says"
                    + " who withdrew it: the individual, their legal representative or a guardian (`name` required"
                    + " unless INDIVIDUAL). For a consent given by guardians, either of them (`givenBy` or"
                    + " `coGuardian`) withdraws it alone; a GUARDIAN who is neither is refused with 422. The person"
                    + " themselves (role individual) withdraws their own consent, as INDIVIDUAL (another `withdrawnBy`"
                    + " is a 422), with the same event; `withdrawal.org` is then absent. Anyone else's is a 404.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WithdrawalRequest.class),
            examples = {
                    @ExampleObject(name = "withdrawal", value = ConsentExamples.WITHDRAWAL),
                    @ExampleObject(name = "one guardian", summary = "One of two guardians withdraws",
                            value = ConsentExamples.GUARDIAN_WITHDRAWAL) }))
    @APIResponse(responseCode = "200", description = "The withdrawn consent",
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named")
    @APIResponse(responseCode = "404", description = "No such consent, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The consent is not active (already withdrawn, expired, declined)")
    @APIResponse(responseCode = "422", description = "A GUARDIAN who is not one of the guardians who gave the consent;"
            + " the person themselves naming someone else than INDIVIDUAL as `withdrawnBy`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "not one of the guardians",
                                    value = ConsentExamples.NOT_ONE_OF_THE_GUARDIANS),
                            @ExampleObject(name = "the person as someone else",
                                    summary = "The person themselves sends withdrawnBy GUARDIAN",
                                    value = ConsentExamples.THE_PERSON_AS_SOMEONE_ELSE) }))
    public Response withdraw(@PathParam("id") UUID id,
            @Parameter(description = "The consent's ETag as read; a stale one is refused with 412")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WithdrawalRequest request) {
        Consent consent = service.withdraw(caller.get(), id, request.toWithdrawal(), ifMatch);
        return Response.ok(view(consent)).tag(etag(consent)).build();
    }

    /** The person themselves reads their consent without other people's data and identifiers. */
    private ConsentView view(Consent consent) {
        return caller.get().isIndividual() ? ConsentView.forThePerson(consent, service.today())
                : ConsentView.of(consent, service.today());
    }

    private static EntityTag etag(Consent consent) {
        return Versions.etag(consent.version);
    }

    /** For the OpenAPI document only: Page of ConsentView. */
    @Schema(name = "ConsentPage")
    static final class ConsentPage {
        public java.util.List<ConsentView> items;
        public int page;
        public int size;
        public long total;
    }
}
