package se.sip.fhir.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import ca.uhn.fhir.context.FhirContext;

/** FHIR R4 as this service speaks it: one HAPI context (costly to build, safe to share) and its JSON. */
@ApplicationScoped
public class Fhir {

    public static final String JSON = "application/fhir+json";
    /** The Swedish personal identity number (personnummer), as FHIR systems in Sweden name it. */
    public static final String PERSONNUMMER = "urn:oid:1.2.752.129.2.1.3.1";
    /** The coordination number (samordningsnummer), given to those without a personal identity number. */
    public static final String SAMORDNINGSNUMMER = "urn:oid:1.2.752.129.2.1.3.3";
    /** The services' organisation ids (the token's org, a plan's parties). */
    public static final String ORGANISATION = "urn:sip:organisation";

    @Produces
    @Singleton
    static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    private final FhirContext context;

    Fhir(FhirContext context) {
        this.context = context;
    }

    public String json(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }

    public static OperationOutcome outcome(IssueType type, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
        return outcome;
    }
}
