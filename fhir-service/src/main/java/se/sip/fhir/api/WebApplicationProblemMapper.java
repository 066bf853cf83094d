package se.sip.fhir.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** What the HTTP layer refuses (no such path, method or media type) as an OperationOutcome too. */
@Provider
public class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {

    private final Fhir fhir;

    WebApplicationProblemMapper(Fhir fhir) {
        this.fhir = fhir;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        IssueType type = switch (status) {
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            default -> status < 500 ? IssueType.INVALID : IssueType.EXCEPTION;
        };
        String reason = exception.getResponse().getStatusInfo().getReasonPhrase();
        return Response.status(status).type(Fhir.JSON).entity(fhir.json(Fhir.outcome(type, reason))).build();
    }
}
