package se.sip.notification.webhook;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import se.sip.platform.access.PersonDataAccess;
import se.sip.platform.security.Caller;
import se.sip.platform.security.OrgType;

/**
 * A delivered event that names a person (its personRef) discloses that person's data to the subscribing organisation:
 * logged as that organisation's read, by the subscription, committing with the record of the delivery.
 */
@ApplicationScoped
class DeliveryDisclosures {

    /** The access log's resource type of a delivery; its resource id is the event's id. */
    static final String RESOURCE_TYPE = "webhook-delivery";
    /** The access log's actor of a delivery, followed by the subscription's id. */
    static final String SUBJECT_PREFIX = "webhook-subscription:";

    private final PersonDataAccess access;

    DeliveryDisclosures(PersonDataAccess access) {
        this.access = access;
    }

    /** The subscription as the access log's reader of what is delivered to it. */
    static Caller recipient(WebhookSubscription s) {
        return new Caller(SUBJECT_PREFIX + s.id, s.orgId, s.orgType == null ? OrgType.OTHER : s.orgType, Set.of());
    }

    void delivered(WebhookDelivery d, Caller recipient) {
        if (d.personRef != null) {
            access.sent(recipient, RESOURCE_TYPE, d.eventId, d.personRef);
        }
    }
}
