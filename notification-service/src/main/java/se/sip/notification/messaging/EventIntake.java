package se.sip.notification.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.notification.inbox.Inbox;
import se.sip.notification.mail.InvitationMails;
import se.sip.notification.plan.PlanProjection;
import se.sip.notification.routing.NoticeRules;
import se.sip.notification.webhook.Deliveries;
import se.sip.platform.consent.ConsentProjection;
import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MeetingEventData;
import se.sip.platform.events.PlanConsentReplacedData;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.inbox.ProcessedEvents;
import se.sip.platform.tracing.EventSpans;

/**
 * What notification-service does with an event, once per event id and in the transaction that records it: the
 * notifications, the webhook deliveries and the invitation e-mails it asks for, and the plan projection's update
 * (its person, lead and parties, and the consent each plan rests on), and the consent projection's.
 */
@ApplicationScoped
class EventIntake {

    static final String CONSUMER = "notification-service";
    static final String CONSENTS = "consents";
    private static final Set<String> PLAN_SNAPSHOTS = Set.of(EventTypes.PLAN_CREATED, EventTypes.PLAN_CLOSED,
            EventTypes.PLACEMENT_CHANGED, EventTypes.PLAN_VERSION_AGREED);
    private static final Set<String> INVITATIONS = Set.of(EventTypes.MEETING_SCHEDULED,
            EventTypes.MEETING_RESCHEDULED, EventTypes.MEETING_CANCELLED);

    private final ProcessedEvents processed;
    private final NoticeRules rules;
    private final PlanProjection plans;
    private final ConsentProjection consents;
    private final Inbox inbox;
    private final Deliveries deliveries;
    private final InvitationMails mails;
    private final EventSpans spans;
    private final ObjectMapper json;

    EventIntake(ProcessedEvents processed, NoticeRules rules, PlanProjection plans, ConsentProjection consents,
            Inbox inbox, Deliveries deliveries, InvitationMails mails, EventSpans spans, ObjectMapper json) {
        this.processed = processed;
        this.rules = rules;
        this.plans = plans;
        this.consents = consents;
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.mails = mails;
        this.spans = spans;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void accept(String channel, String payload) throws JsonProcessingException {
        CloudEvent event = json.readValue(payload, CloudEvent.class);
        spans.process(channel, event, () -> take(event, payload));
        if (CONSENTS.equals(channel)) {
            // Which parties a consent in force still covers decides who hears of a plan's content (NoticeRules).
            consents.apply(event);
        }
    }

    private void take(CloudEvent event, String payload) {
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        // Whom to tell is decided before the projection takes the event in, so that a party a placement change or
        // closure removes is still told.
        rules.of(event).ifPresent(notice -> {
            inbox.deliver(event, notice);
            deliveries.enqueue(event, payload, notice.orgIds());
        });
        if (PLAN_SNAPSHOTS.contains(event.type())) {
            PlanEventData plan = json.convertValue(event.data(), PlanEventData.class);
            plans.record(plan.planId(), plan.personRef(), plan.status(), plan.leadOrgId(), plan.partyOrgIds(),
                    plan.consentId());
        }
        if (EventTypes.PLAN_CONSENT_REPLACED.equals(event.type())) {
            PlanConsentReplacedData replaced = json.convertValue(event.data(), PlanConsentReplacedData.class);
            plans.replaceConsent(replaced.planId(), replaced.consentId());
        }
        if (INVITATIONS.contains(event.type())) {
            mails.enqueue(event, json.convertValue(event.data(), MeetingEventData.class).meetingId());
        }
    }
}
