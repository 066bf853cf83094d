package se.sip.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

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
