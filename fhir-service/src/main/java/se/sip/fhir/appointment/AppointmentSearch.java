package se.sip.fhir.appointment;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipantRequired;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import se.sip.fhir.api.Dates;
import se.sip.fhir.api.PatientIdentifier;
import se.sip.fhir.api.ResourceSearch;
import se.sip.fhir.upstream.Upstream;

/**
 * A meeting about a plan (SIP-möte, samverkansmöte, …) as FHIR's Appointment: its invitees are the participants with
 * their answers, those who had a notice to attend (kallelse) required; the plan it belongs to is supporting
 * information.
 */
@Singleton
class AppointmentSearch extends ResourceSearch {

    static final String MEETING_TYPE_SYSTEM = "urn:sip:meeting-type";
    private static final Map<String, String> TYPES = Map.of(
            "SIP", "SIP-möte",
            "COLLABORATION", "Samverkansmöte",
            "OFFICIALS", "Tjänstemannamöte",
            "FOLLOW_UP", "Uppföljningsmöte",
            "START_UP", "Uppstartsmöte");

    private final Upstream upstream;

    AppointmentSearch(Upstream upstream) {
        super("Appointment", "The meetings about the patient's plans that the caller may see"
                + " (meeting-service's rules), with every invitee's answer.");
        this.upstream = upstream;
    }

    @Override
    public List<Appointment> search(PatientIdentifier patient, String authorization) {
        return each(upstream, Upstream.Search.MEETINGS, patient, authorization, AppointmentSearch::appointment);
    }

    static Appointment appointment(JsonNode source, PatientIdentifier patient) {
        Appointment appointment = new Appointment();
        appointment.setId(source.path("id").asText());
        appointment.setStatus(switch (source.path("status").asText()) {
            case "HELD" -> AppointmentStatus.FULFILLED;
            case "CANCELLED" -> AppointmentStatus.CANCELLED;
            default -> AppointmentStatus.BOOKED;
        });
        if (appointment.getStatus() == AppointmentStatus.CANCELLED && source.hasNonNull("cancelReason")) {
            appointment.setCancelationReason(new CodeableConcept().setText(source.path("cancelReason").asText()));
        }
        String type = source.path("type").asText();
        appointment.setAppointmentType(new CodeableConcept(new Coding(MEETING_TYPE_SYSTEM, type, TYPES.get(type))));
        appointment.setDescription(TYPES.getOrDefault(type, type)
                + (source.hasNonNull("location") ? ", " + source.path("location").asText() : ""));
        Date start = Dates.date(source.path("startsAt"));
        if (start != null) {
            appointment.setStart(start);
            appointment.setEnd(Dates.plusMinutes(start, source.path("durationMinutes").asLong(60)));
            appointment.setMinutesDuration(source.path("durationMinutes").asInt(60));
        }
        appointment.addSupportingInformation(new Reference().setType("CarePlan")
                .setReference("CarePlan/" + source.path("planId").asText()));

        Map<String, JsonNode> answers = new HashMap<>();
        for (JsonNode response : source.path("responses")) {
            answers.put(response.path("inviteeId").asText(), response);
        }
        for (JsonNode invitee : source.path("invitees")) {
            JsonNode answer = answers.get(invitee.path("id").asText());
            Appointment.AppointmentParticipantComponent participant = appointment.addParticipant()
                    .setActor(actor(invitee, patient))
                    .setStatus(status(answer));
            participant.setRequired(answer != null && answer.path("obligedToAttend").asBoolean()
                    ? ParticipantRequired.REQUIRED : ParticipantRequired.INFORMATIONONLY);
        }
        if (appointment.getParticipant().isEmpty()) {
            appointment.addParticipant().setActor(patient.reference()).setStatus(ParticipationStatus.NEEDSACTION);
        }
        return appointment;
    }

    private static Reference actor(JsonNode invitee, PatientIdentifier patient) {
        return switch (invitee.path("kind").asText()) {
            case "INDIVIDUAL" -> patient.reference();
            case "PARTY" -> PatientIdentifier.organisation(invitee.path("orgId").asText(),
                    invitee.path("name").asText());
            default -> new Reference().setType("RelatedPerson").setDisplay(invitee.path("name").asText());
        };
    }

    private static ParticipationStatus status(JsonNode answer) {
        if (answer == null) {
            return ParticipationStatus.NEEDSACTION;
        }
        return switch (answer.path("answer").asText()) {
            case "ACCEPTED" -> ParticipationStatus.ACCEPTED;
            case "DECLINED" -> ParticipationStatus.DECLINED;
            case "TENTATIVE" -> ParticipationStatus.TENTATIVE;
            default -> ParticipationStatus.NEEDSACTION;
        };
    }
}
