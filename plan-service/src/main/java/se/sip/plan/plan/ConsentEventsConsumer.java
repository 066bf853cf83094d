package se.sip.plan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.smallrye.common.annotation.Blocking;

import se.sip.platform.consent.ConsentProjection;
import se.sip.platform.events.ConsentEventData;
import se.sip.platform.events.EventTypes;
import se.sip.platform.inbox.IncomingEvents;

/**
 * Consent events from {@code sip.consent.v1}: each one updates the local consent projection that plan reads are
 * checked against, and a consent that ended (withdrawn, expired) has plan-service judge the person's active plans. Both happen once per event, in one
 * transaction; a failure rolls both back and the event is retried (or parked on the dead-letter topic), never
 * acknowledged and forgotten.
 */
@ApplicationScoped
class ConsentEventsConsumer {

    private final ConsentProjection projection;
    private final PlanService plans;
    private final IncomingEvents incoming;

    ConsentEventsConsumer(ConsentProjection projection, PlanService plans, IncomingEvents incoming) {
        this.projection = projection;
        this.plans = plans;
        this.incoming = incoming;
    }

    @Incoming("consents")
    @Blocking
    @Transactional
    public void onConsentEvent(String payload) throws JsonProcessingException {
        incoming.receive("consents", payload, event -> {
            if (!projection.apply(event)) {
                return;
            }
            ClosureReason ended = switch (event.type()) {
                case EventTypes.CONSENT_WITHDRAWN -> ClosureReason.CONSENT_WITHDRAWN;
                case EventTypes.CONSENT_EXPIRED -> ClosureReason.CONSENT_EXPIRED;
                default -> null;
            };
            if (ended != null) {
                ConsentEventData data = incoming.data(event, ConsentEventData.class);
                plans.reactToEndedConsent(data.personRef(), data.consentId(), ended);
            }
        });
    }
}
