package se.sip.fhir.api;

import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;

/** Whom a search is about: a FHIR token {@code system|value} naming a personal identity or coordination number. */
public record PatientIdentifier(String system, String value) {

    /** Parses the token; an unknown system or a missing value is the caller's error, said without echoing the value. */
    public static PatientIdentifier parse(String token) {
        int bar = token.indexOf('|');
        if (bar < 0) {
            throw new FhirProblem(400, IssueType.INVALID, "The patient identifier needs its system: "
                    + Fhir.PERSONNUMMER + "|<12 digits> (personnummer) or " + Fhir.SAMORDNINGSNUMMER
                    + "|<12 digits> (samordningsnummer).");
        }
        String system = token.substring(0, bar);
        String value = token.substring(bar + 1);
        if (!system.equals(Fhir.PERSONNUMMER) && !system.equals(Fhir.SAMORDNINGSNUMMER)) {
            throw new FhirProblem(400, IssueType.NOTSUPPORTED, "Patients are found by " + Fhir.PERSONNUMMER
                    + " (personnummer) or " + Fhir.SAMORDNINGSNUMMER + " (samordningsnummer) only.");
        }
        if (value.isBlank()) {
            throw new FhirProblem(400, IssueType.INVALID, "The patient identifier has no value.");
        }
        return new PatientIdentifier(system, value);
    }

    /** The patient as a logical reference: there is no Patient resource here, only the identifier. */
    public Reference reference() {
        return new Reference().setType("Patient").setIdentifier(new Identifier().setSystem(system).setValue(value));
    }

    /** An organisation of the services (a party, the lead, a reader of the log) as a logical reference. */
    public static Reference organisation(String orgId, String name) {
        Reference reference = new Reference().setType("Organization")
                .setIdentifier(new Identifier().setSystem(Fhir.ORGANISATION).setValue(orgId));
        return name == null || name.isBlank() ? reference : reference.setDisplay(name);
    }
}
