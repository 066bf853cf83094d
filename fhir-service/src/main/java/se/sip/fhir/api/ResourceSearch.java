package se.sip.fhir.api;

import java.util.List;

import org.hl7.fhir.r4.model.Resource;

/** One FHIR resource type this service answers: every such resource about a patient that the caller may see. */
public interface ResourceSearch {

    /** FHIR's name of the type, as in the URL: {@code CarePlan}, {@code Consent}, … */
    String type();

    /** What the search tells a partner, for the CapabilityStatement. */
    String documentation();

    List<? extends Resource> search(PatientIdentifier patient, String authorization);
}
