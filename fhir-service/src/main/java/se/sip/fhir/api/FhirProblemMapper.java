package se.sip.fhir.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every refusal as FHIR answers one: an OperationOutcome, never a stack trace or what the caller sent. Ours carry
 * their own issue; what the HTTP layer refuses (no such path, method or media type) gets one from its status. Outside
 * FHIR's paths (the person's own view) the same refusal is an RFC 9457 problem, as the other services answer.
 */
public class FhirProblemMapper {

    private static final String PROBLEM = "application/problem+json";

    private final Fhir fhir;

    FhirProblemMapper(Fhir fhir) {
        this.fhir = fhir;
    }

    @ServerExceptionMapper
    public Response problem(FhirProblem problem, UriInfo uri) {
        return answer(uri, problem.status(), problem.type(), problem.getMessage());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException exception, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        IssueType type = switch (status) {
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            default -> status < 500 ? IssueType.INVALID : IssueType.EXCEPTION;
        };
        return answer(uri, status, type, exception.getResponse().getStatusInfo().getReasonPhrase());
    }

    private Response answer(UriInfo uri, int status, IssueType type, String diagnostics) {
        if (uri.getPath().startsWith("/fhir/")) {
            return Response.status(status).type(Fhir.JSON).entity(fhir.json(Fhir.outcome(type, diagnostics))).build();
        }
        Response.StatusType known = Response.Status.fromStatusCode(status);
        return Response.status(status).type(PROBLEM).entity(new Problem("about:blank",
                known == null ? "Error" : known.getReasonPhrase(), status, diagnostics)).build();
    }

    /** RFC 9457's members; {@code about:blank} as the type, for the status says it all. */
    record Problem(String type, String title, int status, String detail) {
    }
}
