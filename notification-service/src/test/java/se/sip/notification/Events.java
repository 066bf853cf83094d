package se.sip.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.Topics;
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
        return json(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source(type), type,
                subject.toString(), OffsetDateTime.now(), "application/json", personRef, JSON.valueToTree(data)));
    }

    static String id(String event) {
        return readTree(event).get("id").asText();
    }

    /** To the topic its type belongs to, keyed by personRef like every relay. */
    static void publish(String personRef, String event) {
        String type = readTree(event).get("type").asText();
        String topic = type.startsWith("se.sip.consent.") ? Topics.CONSENT
                : type.startsWith("se.sip.meeting.") ? Topics.MEETING : Topics.PLAN;
        EventFeed.publish(topic, personRef, event);
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

    private static String source(String type) {
        return type.startsWith("se.sip.consent.") ? "/sip/consent-service"
                : type.startsWith("se.sip.meeting.") ? "/sip/meeting-service" : "/sip/plan-service";
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
