package se.sip.fhir.consent;

import java.util.List;

import jakarta.inject.Singleton;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.Period;

import com.fasterxml.jackson.databind.JsonNode;

import se.sip.fhir.api.Dates;
import se.sip.fhir.api.PatientIdentifier;
import se.sip.fhir.api.ResourceSearch;
import se.sip.fhir.upstream.Upstream;

/**
 * A consent (samtycke) to coordination as FHIR's Consent: a privacy consent, opt-in when given, opt-out when declined;
 * the organisations it names are the actors the provision permits, its purposes the provision's purposes.
 */
@Singleton
class ConsentSearch extends ResourceSearch {

    static final String PURPOSE_SYSTEM = "urn:sip:consent-purpose";
    private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    private static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

    private final Upstream upstream;

    ConsentSearch(Upstream upstream) {
        super("Consent", "The patient's consents to coordination (samtycken) and declined SIP offers that the"
                + " caller may see (consent-service's rules).");
        this.upstream = upstream;
    }

    @Override
    public List<Consent> search(PatientIdentifier patient, String authorization) {
        return each(upstream, Upstream.Search.CONSENTS, patient, authorization, ConsentSearch::consent);
    }

    static Consent consent(JsonNode source, PatientIdentifier patient) {
        boolean granted = "GRANTED".equals(source.path("decision").asText());
        Consent consent = new Consent();
        consent.setId(source.path("id").asText());
        consent.setStatus(switch (source.path("status").asText()) {
            case "ACTIVE" -> ConsentState.ACTIVE;
            case "DECLINED" -> ConsentState.REJECTED;
            default -> ConsentState.INACTIVE;
        });
        consent.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
                "patient-privacy", "Privacy Consent")));
        consent.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Consent Document")));
        consent.setPatient(patient.reference());
        consent.setDateTimeElement(Dates.time(source.path("recordedBy").path("at")));
        if (source.path("recordedBy").hasNonNull("org")) {
            consent.addOrganization(PatientIdentifier.organisation(source.path("recordedBy").path("org").asText(),
                    null));
        }
        consent.setPolicyRule(new CodeableConcept(new Coding(ACT_CODE, granted ? "OPTIN" : "OPTOUT",
                granted ? "opt-in" : "opt-out")));

        Consent.ProvisionComponent provision = consent.getProvision();
        provision.setType(granted ? ConsentProvisionType.PERMIT : ConsentProvisionType.DENY);
        Period period = new Period();
        period.setStartElement(Dates.dayTime(source.path("validFrom")));
        period.setEndElement(Dates.dayTime(source.path("validUntil")));
        if (!period.isEmpty()) {
            provision.setPeriod(period);
        }
        for (JsonNode party : source.path("parties")) {
            provision.addActor().setRole(new CodeableConcept(new Coding(PARTICIPATION, "IRCP",
                    "information recipient")))
                    .setReference(PatientIdentifier.organisation(party.path("orgId").asText(),
                            party.path("name").asText()));
        }
        for (JsonNode purpose : source.path("purposes")) {
            provision.addPurpose(new Coding(PURPOSE_SYSTEM, purpose.asText(), null));
        }
        return consent;
    }
}
