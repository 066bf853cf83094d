package se.sip.plan.version;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.smallrye.common.annotation.Blocking;

import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MinutesEventData;
import se.sip.platform.inbox.IncomingEvents;

/**
 * Meeting events from {@code sip.meeting.v1} on a channel of their own: only approved minutes matter here, and each
 * one agrees a version of its plan once, in one transaction with its record in the inbox and its outbox event. Other
 * meeting events are passed over without a trace.
 */
@ApplicationScoped
class MinutesApprovedConsumer {

    static final String CONSUMER = "agreed-versions";

    private final AgreedVersionService versions;
    private final IncomingEvents incoming;

    MinutesApprovedConsumer(AgreedVersionService versions, IncomingEvents incoming) {
        this.versions = versions;
        this.incoming = incoming;
    }

    @Incoming("agreed-minutes")
    @Blocking
    @Transactional
    public void onMeetingEvent(String payload) throws JsonProcessingException {
        incoming.receiveOnce("agreed-minutes", CONSUMER, payload, EventTypes.MINUTES_APPROVED::equals,
                event -> versions.agree(incoming.data(event, MinutesEventData.class)));
    }
}
