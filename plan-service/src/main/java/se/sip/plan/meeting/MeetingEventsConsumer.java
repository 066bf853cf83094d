package se.sip.plan.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.smallrye.common.annotation.Blocking;

import se.sip.platform.inbox.IncomingEvents;

/**
 * Meeting events from {@code sip.meeting.v1} update the plan's meetings, once per event and in one transaction; a
 * failure rolls back and the event is retried, never acknowledged and forgotten.
 */
@ApplicationScoped
class MeetingEventsConsumer {

    private final MeetingProjection projection;
    private final IncomingEvents incoming;

    MeetingEventsConsumer(MeetingProjection projection, IncomingEvents incoming) {
        this.projection = projection;
        this.incoming = incoming;
    }

    @Incoming("meetings")
    @Blocking
    @Transactional
    public void onMeetingEvent(String payload) throws JsonProcessingException {
        incoming.receive("meetings", payload, projection::apply);
    }
}
