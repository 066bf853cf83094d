package se.sip.notification.routing;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.consent.ConsentProjection;
import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.ConsentEventData;
import se.sip.platform.events.DeviationReportedData;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.LeadChangedData;
import se.sip.platform.events.MeetingAnswerEventData;
import se.sip.platform.events.MeetingEventData;
import se.sip.platform.events.MilestoneEventData;
import se.sip.platform.events.MinutesEventData;
import se.sip.platform.events.PartyAccessEndedData;
import se.sip.platform.events.PlacementChangedData;
import se.sip.platform.events.PlanChangedData;
import se.sip.platform.events.PlanConsentReplacedData;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.events.PlanPartyChangedData;
import se.sip.platform.events.PlanVersionAgreedData;
import se.sip.platform.events.YouthOrderDeclinedData;
import se.sip.platform.plan.PlanProjection;

/**
 * Whom each event must reach (docs/contract.md, "Reactions that must hold across services") and what it says. The plan
 * projection fills in whom an event does not name itself, and which plans rest on a consent. Must be asked before the
 * event updates the projection, so that a party a placement change or closure removes, or the lead a lead change
 * replaces, is still told.
 *
 * <p>Reads the event's data and hands it to the notices of its kind: {@link ConsentNotices}, {@link MeetingNotices},
 * {@link MinutesNotices}, {@link PlanNotices}; {@link Recipients} is what they ask the projections.
 */
@ApplicationScoped
public class NoticeRules {

    /**
     * The event types that notify someone, and so the ones a webhook can subscribe to ({@code plan.changed} reaches
     * webhooks only, never an inbox).
     */
    public static final Set<String> NOTIFYING_TYPES = Set.of(EventTypes.CONSENT_WITHDRAWN,
            EventTypes.CONSENT_EXPIRED, EventTypes.CONSENT_EXPIRING,
            EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_RESCHEDULED, EventTypes.MEETING_CANCELLED,
            EventTypes.MEETING_ANSWERED, EventTypes.MINUTES_SUBMITTED, EventTypes.MINUTES_ANSWER_DUE,
            EventTypes.MINUTES_RETURNED, EventTypes.PLAN_CREATED, EventTypes.PLACEMENT_CHANGED,
            EventTypes.DEVIATION_REPORTED, EventTypes.PLAN_VERSION_AGREED, EventTypes.PLAN_CLOSED,
            EventTypes.PLAN_CONSENT_REPLACED, EventTypes.PLAN_PARTY_ACCESS_ENDED,
            EventTypes.PLAN_CHANGED, EventTypes.PLAN_PARTY_ADDED, EventTypes.PLAN_PARTY_REMOVED,
            EventTypes.PLAN_LEAD_CHANGED, EventTypes.FOLLOW_UP_DUE, EventTypes.MILESTONE_OVERDUE,
            EventTypes.YOUTH_ORDER_DECLINED);

    private final ConsentNotices consentNotices;
    private final MeetingNotices meetingNotices;
    private final MinutesNotices minutesNotices = new MinutesNotices();
    private final PlanNotices planNotices;
    private final ObjectMapper json;

    NoticeRules(PlanProjection plans, ConsentProjection consents, Clock clock, ObjectMapper json) {
        Recipients recipients = new Recipients(plans, consents, clock);
        this.consentNotices = new ConsentNotices(recipients);
        this.meetingNotices = new MeetingNotices(recipients);
        this.planNotices = new PlanNotices(recipients);
        this.json = json;
    }

    /** The notice an event gives; empty when it tells no one (an event of another type, or no one to tell). */
    public Optional<Notice> of(CloudEvent event) {
        Notice notice = switch (event.type()) {
            case EventTypes.CONSENT_WITHDRAWN, EventTypes.CONSENT_EXPIRED ->
                    consentNotices.ended(event.type(), data(event, ConsentEventData.class));
            case EventTypes.CONSENT_EXPIRING -> consentNotices.expiring(data(event, ConsentEventData.class));
            case EventTypes.PLAN_CONSENT_REPLACED ->
                    consentNotices.replaced(data(event, PlanConsentReplacedData.class));
            case EventTypes.PLAN_PARTY_ACCESS_ENDED ->
                    consentNotices.accessEnded(data(event, PartyAccessEndedData.class));
            case EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_RESCHEDULED, EventTypes.MEETING_CANCELLED ->
                    meetingNotices.meeting(event.type(), data(event, MeetingEventData.class));
            case EventTypes.MEETING_ANSWERED -> meetingNotices.answer(data(event, MeetingAnswerEventData.class));
            case EventTypes.MINUTES_SUBMITTED -> minutesNotices.submitted(data(event, MinutesEventData.class));
            case EventTypes.MINUTES_ANSWER_DUE -> minutesNotices.answerDue(data(event, MinutesEventData.class));
            case EventTypes.MINUTES_RETURNED -> minutesNotices.returned(data(event, MinutesEventData.class));
            case EventTypes.PLAN_CREATED, EventTypes.PLAN_CLOSED ->
                    planNotices.plan(event.type(), data(event, PlanEventData.class));
            case EventTypes.PLACEMENT_CHANGED -> planNotices.placement(data(event, PlacementChangedData.class));
            case EventTypes.DEVIATION_REPORTED -> planNotices.deviation(data(event, DeviationReportedData.class));
            case EventTypes.PLAN_VERSION_AGREED ->
                    planNotices.versionAgreed(data(event, PlanVersionAgreedData.class));
            case EventTypes.PLAN_CHANGED -> planNotices.changed(data(event, PlanChangedData.class));
            case EventTypes.PLAN_PARTY_ADDED -> planNotices.partyAdded(data(event, PlanPartyChangedData.class));
            case EventTypes.PLAN_PARTY_REMOVED -> planNotices.partyRemoved(data(event, PlanPartyChangedData.class));
            case EventTypes.PLAN_LEAD_CHANGED -> planNotices.leadChanged(data(event, LeadChangedData.class));
            case EventTypes.FOLLOW_UP_DUE, EventTypes.MILESTONE_OVERDUE ->
                    planNotices.milestone(event.type(), data(event, MilestoneEventData.class));
            case EventTypes.YOUTH_ORDER_DECLINED ->
                    planNotices.youthOrderDeclined(data(event, YouthOrderDeclinedData.class));
            default -> null;
        };
        return Optional.ofNullable(notice).filter(n -> !n.orgIds().isEmpty());
    }

    private <T> T data(CloudEvent event, Class<T> type) {
        return json.convertValue(event.data(), type);
    }
}
