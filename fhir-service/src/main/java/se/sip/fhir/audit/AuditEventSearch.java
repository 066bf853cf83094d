package se.sip.fhir.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import se.sip.fhir.api.Dates;
import se.sip.fhir.api.PatientIdentifier;
import se.sip.fhir.api.ResourceSearch;
import se.sip.fhir.upstream.Upstream;
import se.sip.fhir.upstream.Upstream.Search;

/**
 * The four services' access logs (åtkomstloggar) about a patient as FHIR's AuditEvent, newest first: who (organisation,
 * user) read or wrote which record, when, and whether it was permitted. Each service lets only auditors search its
 * log; the extract names the patient by the identifier searched for, as the log itself keeps only the pseudonym.
 */
@Singleton
class AuditEventSearch extends ResourceSearch {

    static final String RECORD_SYSTEM = "urn:sip:record";
    private static final Map<Search, String> LOGS = Map.of(
            Search.CONSENT_ACCESSES, "consent-service",
            Search.MEETING_ACCESSES, "meeting-service",
            Search.PLAN_ACCESSES, "plan-service",
            Search.NOTIFICATION_ACCESSES, "notification-service");

    private final Upstream upstream;

    AuditEventSearch(Upstream upstream) {
        super("AuditEvent", "Every read and write of the patient's records in the four services' access logs,"
                + " newest first; auditors only (each service's rules).");
        this.upstream = upstream;
    }

    @Override
    public List<AuditEvent> search(PatientIdentifier patient, String authorization) {
        List<AuditEvent> events = new ArrayList<>();
        LOGS.forEach((log, service) -> upstream.search(log, patient.value(), authorization)
                .forEach(entry -> events.add(auditEvent(entry, service, patient))));
        events.sort(Comparator.comparing(AuditEvent::getRecorded).reversed());
        return events;
    }

    static AuditEvent auditEvent(JsonNode entry, String service, PatientIdentifier patient) {
        AuditEvent event = new AuditEvent();
        event.setId(service + "-" + entry.path("id").asText());
        event.setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest",
                "RESTful Operation"));
        boolean read = "READ".equals(entry.path("action").asText());
        event.setAction(read ? AuditEventAction.R : AuditEventAction.U);
        event.addSubtype(new Coding("http://hl7.org/fhir/restful-interaction", read ? "read" : "update",
                read ? "read" : "update"));
        event.setRecorded(Dates.date(entry.path("at")));
        String outcome = entry.path("outcome").asText();
        event.setOutcome("PERMITTED".equals(outcome) ? AuditEventOutcome._0 : AuditEventOutcome._4);
        event.setOutcomeDesc(switch (outcome) {
            case "PERMITTED" -> "Permitted";
            case "NOT_FOUND" -> "Not found";
            default -> "Denied";
        });
        AuditEvent.AuditEventAgentComponent agent = event.addAgent().setRequestor(true)
                .setWho(PatientIdentifier.organisation(entry.path("org").asText(), null));
        agent.setType(new CodeableConcept().setText(entry.path("orgType").asText(null)));
        agent.setAltId(entry.path("sub").asText(null));
        if (entry.hasNonNull("roles")) {
            agent.addRole(new CodeableConcept().setText(entry.path("roles").asText()));
        }
        event.getSource().setSite(service).setObserver(new Reference().setDisplay(service));
        event.addEntity().setWhat(patient.reference());
        event.addEntity().setWhat(new Reference().setIdentifier(new Identifier().setSystem(RECORD_SYSTEM + ":"
                + entry.path("resourceType").asText()).setValue(entry.path("resourceId").asText())))
                .setType(new Coding(RECORD_SYSTEM, entry.path("resourceType").asText(), null));
        return event;
    }
}
