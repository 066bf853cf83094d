package se.sip.testinfra;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
        return EventFeed.event(type, personRef, consentId, data);
    }

    public static void publish(String personRef, String event) {
        EventFeed.publish(Topics.CONSENT, personRef, event);
    }
}
