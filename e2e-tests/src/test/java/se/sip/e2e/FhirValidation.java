package se.sip.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;

/**
 * HAPI FHIR's validator against the base R4 profiles and terminologies, as a FHIR partner would check what we send:
 * structure, cardinality, invariants, required bindings. Errors fail; warnings (our own code systems, which it cannot
 * know) do not.
 */
final class FhirValidation {

    private static final FhirContext R4 = FhirContext.forR4Cached();
    private static FhirValidator validator;

    private FhirValidation() {
    }

    /** Asserts that the resource (a Bundle validates every resource in it) has no error or fatal issue. */
    static void assertValid(String json) {
        List<String> errors = validator().validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getLocationString() + ": " + m.getMessage())
                .toList();
        assertEquals(List.of(), errors, "HAPI's R4 validator on " + json);
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(R4),
                    new CommonCodeSystemsTerminologyService(R4), new InMemoryTerminologyServerValidationSupport(R4),
                    new SnapshotGeneratingValidationSupport(R4));
            validator = R4.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        }
        return validator;
    }
}
