package se.sip.notification.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;

import se.sip.notification.inbox.Inbox;
import se.sip.notification.mail.InvitationMails;
import se.sip.notification.routing.NoticeRules;
import se.sip.notification.webhook.Deliveries;
import se.sip.platform.consent.ConsentProjection;
import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MeetingEventData;
import se.sip.platform.inbox.IncomingEvents;
import se.sip.platform.plan.PlanProjection;

/**
 * What notification-service does with an event, once per event id and in the transaction that records it: the
 * notifications, the webhook deliveries and the invitation e-mails it asks for, and the plan and consent
 * projections' update.
 */
@ApplicationScoped
class EventIntake {

    static final String CONSUMER = "notification-service";
    static final String CONSENTS = "consents";
    static final String PLANS = "plans";
    private static final Set<String> INVITATIONS = Set.of(EventTypes.MEETING_SCHEDULED,
            EventTypes.MEETING_RESCHEDULED, EventTypes.MEETING_CANCELLED);

    private final IncomingEvents incoming;
    private final NoticeRules rules;
    private final PlanProjection plans;
    private final ConsentProjection consents;
    private final Inbox inbox;
    private final Deliveries deliveries;
    private final InvitationMails mails;

    EventIntake(IncomingEvents incoming, NoticeRules rules, PlanProjection plans, ConsentProjection consents,
            Inbox inbox, Deliveries deliveries, InvitationMails mails) {
        this.incoming = incoming;
        this.rules = rules;
        this.plans = plans;
        this.consents = consents;
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.mails = mails;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void accept(String channel, String payload) throws JsonProcessingException {
        incoming.receiveOnce(channel, CONSUMER, payload, event -> take(channel, event, payload));
    }

    private void take(String channel, CloudEvent event, String payload) {
        // Whom to tell is decided before the projections take the event in, so that a party a placement change or
        // closure removes is still told.
        rules.of(event).ifPresent(notice -> {
            if (!notice.webhookOnly()) {
                inbox.deliver(event, notice);
            }
            deliveries.enqueue(event, payload, notice.orgIds());
        });
        if (CONSENTS.equals(channel)) {
            // Which parties a consent in force still covers decides who hears of a plan's content (NoticeRules).
            consents.apply(event);
        } else if (PLANS.equals(channel)) {
            plans.apply(event);
        }
        if (INVITATIONS.contains(event.type())) {
            mails.enqueue(event, incoming.data(event, MeetingEventData.class).meetingId());
        }
    }
}
