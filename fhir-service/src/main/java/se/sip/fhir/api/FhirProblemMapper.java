package se.sip.fhir.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every refusal as FHIR answers one: an OperationOutcome, never a stack trace or what the caller sent. Ours carry
 * their own issue; what the HTTP layer refuses (no such path, method or media type) gets one from its status.
 */
public class FhirProblemMapper {

    private final Fhir fhir;

    FhirProblemMapper(Fhir fhir) {
        this.fhir = fhir;
    }

    @ServerExceptionMapper
    public Response problem(FhirProblem problem) {
        return outcome(problem.status(), problem.type(), problem.getMessage());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        IssueType type = switch (status) {
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            default -> status < 500 ? IssueType.INVALID : IssueType.EXCEPTION;
        };
        return outcome(status, type, exception.getResponse().getStatusInfo().getReasonPhrase());
    }

    private Response outcome(int status, IssueType type, String diagnostics) {
        return Response.status(status).type(Fhir.JSON).entity(fhir.json(Fhir.outcome(type, diagnostics))).build();
    }
}
