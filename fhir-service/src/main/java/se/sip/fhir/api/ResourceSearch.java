package se.sip.fhir.api;

import java.util.List;
import java.util.function.BiFunction;

import org.hl7.fhir.r4.model.Resource;

import com.fasterxml.jackson.databind.JsonNode;

import se.sip.fhir.upstream.Upstream;

/** One FHIR resource type this service answers: every such resource about a patient that the caller may see. */
public abstract class ResourceSearch {

    private final String type;
    private final String documentation;

    /**
     * @param type FHIR's name of the type, as in the URL: {@code CarePlan}, {@code Consent}, …
     * @param documentation what the search tells a partner, for the CapabilityStatement
     */
    protected ResourceSearch(String type, String documentation) {
        this.type = type;
        this.documentation = documentation;
    }

    public String type() {
        return type;
    }

    public String documentation() {
        return documentation;
    }

    public abstract List<? extends Resource> search(PatientIdentifier patient, String authorization);

    /** The common case: one service's person search, each of its records one resource. */
    protected static <R extends Resource> List<R> each(Upstream upstream, Upstream.Search search,
            PatientIdentifier patient, String authorization, BiFunction<JsonNode, PatientIdentifier, R> resource) {
        return upstream.search(search, patient.value(), authorization).stream()
                .map(record -> resource.apply(record, patient)).toList();
    }
}
