package se.sip.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.smallrye.common.annotation.Blocking;

/**
 * The three topics notification-service listens to. A failure rolls the whole effect back and the event is retried
 * (or parked on the channel's dead-letter topic); a redelivered event changes nothing.
 */
@ApplicationScoped
class EventConsumers {

    private final EventIntake intake;

    EventConsumers(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming("consents")
    @Blocking
    @Transactional
    public void onConsentEvent(String payload) throws JsonProcessingException {
        intake.accept(EventIntake.CONSENTS, payload);
    }

    @Incoming("meetings")
    @Blocking
    @Transactional
    public void onMeetingEvent(String payload) throws JsonProcessingException {
        intake.accept("meetings", payload);
    }

    @Incoming("plans")
    @Blocking
    @Transactional
    public void onPlanEvent(String payload) throws JsonProcessingException {
        intake.accept(EventIntake.PLANS, payload);
    }
}
