package se.sip.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import se.sip.platform.events.MinutesEventData;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.EventFeed;

/** CloudEvents as the other services' outbox relays send them, built from the shared event data records. */
final class Events {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Events() {
    }

    /** One event as JSON, with a fresh id; publish it once or more. */
    static String event(String type, String personRef, Object subject, Object data) {
        return EventFeed.event(type, personRef, subject, data);
    }

    /**
     * A minutes event (submitted, answer due, returned) of revision 1 of the minutes of a SIP meeting held on
     * 2026-12-10 at 09:00 Swedish time, as meeting-service publishes it.
     */
    static String minutes(String type, String personRef, UUID meetingId, List<String> adjusterOrgIds,
            LocalDate answerBy, String noteTakerOrgId, String returnedByOrgId) {
        // Returned minutes are a draft again, for the note-taker to correct.
        String status = returnedByOrgId == null ? "SUBMITTED" : "DRAFT";
        return event(type, personRef, meetingId, new MinutesEventData(personRef, meetingId, UUID.randomUUID(), "SIP",
                OffsetDateTime.parse("2026-12-10T08:00:00Z"), 1, status, OffsetDateTime.parse("2026-12-12T10:00:00Z"),
                null, adjusterOrgIds, null, answerBy, noteTakerOrgId, returnedByOrgId));
    }

    static String id(String event) {
        return readTree(event).get("id").asText();
    }

    /** To the topic its type belongs to, keyed by personRef like every relay. */
    static void publish(String personRef, String event) {
        EventFeed.publish(personRef, event);
    }

    static String personRef(PersonRefs refs, String personalNumber) {
        return refs.of(PersonalIdentityNumber.parse(personalNumber));
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String event) {
        try {
            return JSON.readTree(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
