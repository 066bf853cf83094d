package se.sip.fhir.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import ca.uhn.fhir.context.FhirContext;

import io.quarkus.runtime.StartupEvent;

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

    /**
     * HAPI learns each resource type's model on its first encoding: done here at start-up, before the service reports
     * ready, it no longer lands on the first caller's request (0.9 s there, measured).
     */
    void learnTheModel(@Observes StartupEvent start) {
        List.of(new CapabilityStatement(), new Bundle(), new CarePlan(), new Goal(), new CareTeam(),
                new Consent(), new Appointment(), new AuditEvent(), new OperationOutcome())
                .forEach(this::json);
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
