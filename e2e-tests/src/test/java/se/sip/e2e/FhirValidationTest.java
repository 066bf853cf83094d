package se.sip.e2e;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The judge of FhirStoryIT judges: what breaks the base R4 profiles fails it. */
class FhirValidationTest {

    @Test
    void aCarePlanWithoutStatusIntentOrSubjectFails() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> FhirValidation.assertValid("{\"resourceType\": \"CarePlan\", \"id\": \"x\"}"));
        assertTrue(failure.getMessage().contains("CarePlan.status"), failure.getMessage());
    }

    @Test
    void aConsentWithACodeOutsideARequiredBindingFails() {
        assertThrows(AssertionFailedError.class, () -> FhirValidation.assertValid("""
                {"resourceType": "Consent", "status": "granted",
                 "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope",
                                       "code": "patient-privacy"}]},
                 "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0"}]}],
                 "policyRule": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                                            "code": "OPTIN"}]}}"""));
    }
}
