package se.sip.fhir.own;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import se.sip.fhir.api.FhirProblem;

/**
 * The person's own view, for the person themselves signed in with e-identification (role individual): read from the
 * four services with their own token, which lets each service show them their own data and nothing else.
 */
@Path("/")
@Tag(name = "Own data", description = "Mina uppgifter. What the person themselves (role individual) reads about"
        + " themselves, gathered from the four services")
@SecurityRequirement(name = "bearer")
public class OwnResource {

    private static final String EXTRACT_EXAMPLE = """
            {
              "items": [
                {"at": "2026-11-23T09:16:02Z", "service": "plan-service", "org": "kommun-0583",
                 "orgType": "MUNICIPALITY", "roles": "caseworker", "byYou": false, "resourceType": "plan",
                 "action": "READ", "outcome": "PERMITTED"}
              ],
              "total": 1
            }""";
    private static final String PAGE_EXAMPLE = """
            <!DOCTYPE html>
            <html lang="sv"><head><title>Mina uppgifter</title></head><body><main>
            <h2 id="planer">Dina planer</h2>…<h2 id="samtycken">Dina samtycken</h2>…
            <h2 id="logg">Vem har läst dina uppgifter</h2>…
            </main></body></html>""";
    private static final String PROBLEM = "application/problem+json";
    private static final MediaType HTML = MediaType.valueOf(MediaType.TEXT_HTML + ";charset=utf-8");

    private final OwnAccesses accesses;
    private final OwnPages pages;

    OwnResource(OwnAccesses accesses, OwnPages pages) {
        this.accesses = accesses;
        this.pages = pages;
    }

    @GET
    @Path("api/v1/me/access-log")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listOwnAccesses", summary = "Who has read or changed your data, in all four services"
            + " (loggutdrag)",
            description = "The four services' extracts of their access logs about the caller, merged in time order,"
                    + " newest first: when, which service, which organisation in which roles, what kind of record,"
                    + " read or write, and the outcome. Never a staff member's user id. Role individual only (each"
                    + " service refuses another role with 403). Up to 1000 accesses per service.")
    @APIResponse(responseCode = "200", description = "The extract",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OwnAccessExtract.class),
                    examples = @ExampleObject(name = "extract", value = EXTRACT_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No or an invalid bearer token",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Only the person themselves (role individual) reads this",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "502", description = "A service could not be reached",
            content = @Content(mediaType = PROBLEM))
    public OwnAccessExtract accessLog(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        List<OwnAccess> items = accesses.of(bearer(authorization));
        return new OwnAccessExtract(items, items.size());
    }

    @GET
    @Path("me")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getOwnPage", summary = "Your page: your plans, timeline, consents and who has read your"
            + " data (mina uppgifter)",
            description = "An accessible HTML page (WCAG 2.1 AA) in plain Swedish: each plan with the person's own"
                    + " goal first, who is responsible for what and when, the booked meetings, and the plan's"
                    + " timeline drawn as an SVG (milestones, meetings, today) with the same marks as text; the"
                    + " consents with what they do not cover; and the merged access-log extract. Role individual"
                    + " only. The bearer token is added by the e-identification front end that signs the person in."
                    + " A refusal or a service out of reach is a short page in plain Swedish with the same status.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML,
            examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No or an invalid bearer token: a page asking to sign in again",
            content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "403", description = "Not the person themselves (role individual): a page saying so",
            content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "502", description = "A service could not be reached: a page asking to try again",
            content = @Content(mediaType = MediaType.TEXT_HTML))
    public Response page(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        try {
            return Response.ok(pages.of(bearer(authorization)).render(), HTML).build();
        } catch (FhirProblem problem) {
            return Response.status(problem.status()).type(HTML).entity(OwnError.of(problem.status()).render())
                    .build();
        }
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new FhirProblem(401, IssueType.LOGIN, "A bearer token is required.");
        }
        return authorization;
    }

    /** The merged extract. */
    @Schema(name = "OwnAccessExtract")
    public record OwnAccessExtract(List<OwnAccess> items, long total) {
    }
}
