package se.sip.fhir.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every refusal as FHIR answers one: an OperationOutcome, never a stack trace or what the caller sent. */
@Provider
public class FhirProblemMapper implements ExceptionMapper<FhirProblem> {

    private final Fhir fhir;

    FhirProblemMapper(Fhir fhir) {
        this.fhir = fhir;
    }

    @Override
    public Response toResponse(FhirProblem problem) {
        return Response.status(problem.status()).type(Fhir.JSON)
                .entity(fhir.json(Fhir.outcome(problem.type(), problem.getMessage()))).build();
    }
}
