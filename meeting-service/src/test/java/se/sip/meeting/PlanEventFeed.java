package se.sip.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.Topics;
import se.sip.testinfra.EventFeed;

/** Plan events as plan-service's outbox relay sends them to {@code sip.plan.v1}. */
final class PlanEventFeed {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanEventFeed() {
    }

    /** A plan event as JSON; publish it once or more with {@link #publish}. */
    static String event(String type, String personRef, UUID planId, String kind, String status, String leadOrgId,
            List<String> partyOrgIds) {
        ObjectNode data = JSON.createObjectNode()
                .put("personRef", personRef)
                .put("planId", planId.toString())
                .put("kind", kind)
                .put("status", status)
                .put("leadOrgId", leadOrgId);
        data.putPOJO("partyOrgIds", partyOrgIds);
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", CloudEvent.SPEC_VERSION)
                .put("id", UUID.randomUUID().toString())
                .put("source", "/sip/plan-service")
                .put("type", type)
                .put("subject", planId.toString())
                .put("time", OffsetDateTime.now().toString())
                .put("datacontenttype", "application/json")
                .put("personref", personRef);
        event.set("data", data);
        return event.toString();
    }

    static void publish(String personRef, String event) {
        EventFeed.publish(Topics.PLAN, personRef, event);
    }
}
