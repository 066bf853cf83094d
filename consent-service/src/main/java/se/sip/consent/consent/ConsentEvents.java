package se.sip.consent.consent;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.sip.platform.events.ConsentEventData;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.Topics;
import se.sip.platform.outbox.Outbox;

/** Puts a consent's change into the outbox, in the transaction that made it. */
@ApplicationScoped
class ConsentEvents {

    private final Outbox outbox;

    ConsentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void recorded(Consent c) {
        publish(c.status == ConsentStatus.DECLINED ? EventTypes.CONSENT_DECLINED : EventTypes.CONSENT_GRANTED, c);
    }

    void withdrawn(Consent c) {
        publish(EventTypes.CONSENT_WITHDRAWN, c);
    }

    void expiring(Consent c) {
        publish(EventTypes.CONSENT_EXPIRING, c);
    }

    void expired(Consent c) {
        publish(EventTypes.CONSENT_EXPIRED, c);
    }

    private void publish(String type, Consent c) {
        List<String> parties = c.parties.stream().map(p -> p.orgId).toList();
        List<String> purposes = c.purposes.stream().map(Enum::name).sorted().toList();
        outbox.publish(Topics.CONSENT, c.personRef, type, c.id.toString(), new ConsentEventData(c.personRef, c.id,
                c.status.name(), purposes, parties, c.recordedByOrg, c.validFrom, c.validUntil));
    }
}
