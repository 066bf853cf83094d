package se.sip.fhir.api;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** A request answered with an OperationOutcome: its HTTP status, FHIR's issue type, and what the caller should know. */
public class FhirProblem extends RuntimeException {

    private final int status;
    private final IssueType type;

    public FhirProblem(int status, IssueType type, String diagnostics) {
        super(diagnostics, null, false, false);
        this.status = status;
        this.type = type;
    }

    public int status() {
        return status;
    }

    public IssueType type() {
        return type;
    }
}
