package se.sip.testinfra;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.Topics;

/**
 * Publishes consent events to {@code sip.consent.v1} with a plain Kafka producer, shaped exactly as consent-service's
 * outbox relay sends them ({@link EventFeed}).
 */
public final class ConsentEventFeed {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConsentEventFeed() {
    }

    /** A consent event as JSON; publish it once or more with {@link #publish}. */
    public static String event(String type, String personRef, String consentId, String status, List<String> purposes,
            List<String> partyOrgIds, String recordedByOrg) {
        ObjectNode data = JSON.createObjectNode()
                .put("personRef", personRef)
                .put("consentId", consentId)
                .put("status", status)
                .put("recordedByOrg", recordedByOrg)
                .put("validFrom", "2024-01-01")
                .putNull("validUntil");
        data.putPOJO("purposes", purposes);
        data.putPOJO("partyOrgIds", partyOrgIds);
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", CloudEvent.SPEC_VERSION)
                .put("id", UUID.randomUUID().toString())
                .put("source", "/sip/consent-service")
                .put("type", type)
                .put("subject", consentId)
                .put("time", OffsetDateTime.now().toString())
                .put("datacontenttype", "application/json")
                .put("personref", personRef);
        event.set("data", data);
        return event.toString();
    }

    public static void publish(String personRef, String event) {
        EventFeed.publish(Topics.CONSENT, personRef, event);
    }
}
