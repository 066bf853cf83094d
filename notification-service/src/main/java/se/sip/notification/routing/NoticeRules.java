package se.sip.notification.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.consent.ConsentCoverage;
import se.sip.platform.consent.ConsentProjection;
import se.sip.platform.consent.ConsentPurposes;
import se.sip.platform.consent.ConsentScope;
import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.ConsentEventData;
import se.sip.platform.events.DeviationReportedData;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MeetingAnswerEventData;
import se.sip.platform.events.MeetingEventData;
import se.sip.platform.events.MilestoneEventData;
import se.sip.platform.events.PartyAccessEndedData;
import se.sip.platform.events.PlacementChangedData;
import se.sip.platform.events.PlanConsentReplacedData;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.events.PlanVersionAgreedData;
import se.sip.platform.plan.PlanProjection;
import se.sip.platform.plan.PlanSnapshot;
import se.sip.platform.time.ClockProducer;

/**
 * Whom each event must reach (docs/contract.md, "Reactions that must hold across services") and what it says. The plan
 * projection fills in whom an event does not name itself, and which plans rest on a consent. Must be asked before the
 * event updates the projection, so that a party a placement change or closure removes is still told.
 */
@ApplicationScoped
public class NoticeRules {

    /** The event types that notify someone, and so the ones a webhook can subscribe to. */
    public static final Set<String> NOTIFYING_TYPES = Set.of(EventTypes.CONSENT_WITHDRAWN,
            EventTypes.CONSENT_EXPIRED, EventTypes.CONSENT_EXPIRING,
            EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_RESCHEDULED, EventTypes.MEETING_CANCELLED,
            EventTypes.MEETING_ANSWERED, EventTypes.PLAN_CREATED, EventTypes.PLACEMENT_CHANGED,
            EventTypes.DEVIATION_REPORTED, EventTypes.PLAN_VERSION_AGREED, EventTypes.PLAN_CLOSED,
            EventTypes.PLAN_CONSENT_REPLACED, EventTypes.PLAN_PARTY_ACCESS_ENDED,
            EventTypes.FOLLOW_UP_DUE, EventTypes.MILESTONE_OVERDUE);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PlanProjection plans;
    private final ConsentProjection consents;
    private final Clock clock;
    private final ObjectMapper json;

    NoticeRules(PlanProjection plans, ConsentProjection consents, Clock clock, ObjectMapper json) {
        this.plans = plans;
        this.consents = consents;
        this.clock = clock;
        this.json = json;
    }

    /** The notice an event gives; empty when it tells no one (an event of another type, or no one to tell). */
    public Optional<Notice> of(CloudEvent event) {
        Notice notice = switch (event.type()) {
            case EventTypes.CONSENT_WITHDRAWN, EventTypes.CONSENT_EXPIRED ->
                    consentEnded(event.type(), data(event, ConsentEventData.class));
            case EventTypes.CONSENT_EXPIRING -> consentExpiring(data(event, ConsentEventData.class));
            case EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_RESCHEDULED, EventTypes.MEETING_CANCELLED ->
                    meeting(event.type(), data(event, MeetingEventData.class));
            case EventTypes.MEETING_ANSWERED -> answer(data(event, MeetingAnswerEventData.class));
            case EventTypes.PLAN_CREATED, EventTypes.PLAN_CLOSED -> plan(event.type(), data(event, PlanEventData.class));
            case EventTypes.PLAN_CONSENT_REPLACED -> consentReplaced(data(event, PlanConsentReplacedData.class));
            case EventTypes.PLAN_PARTY_ACCESS_ENDED -> accessEnded(data(event, PartyAccessEndedData.class));
            case EventTypes.PLACEMENT_CHANGED -> placement(data(event, PlacementChangedData.class));
            case EventTypes.DEVIATION_REPORTED -> deviation(data(event, DeviationReportedData.class));
            case EventTypes.PLAN_VERSION_AGREED -> versionAgreed(data(event, PlanVersionAgreedData.class));
            case EventTypes.FOLLOW_UP_DUE, EventTypes.MILESTONE_OVERDUE ->
                    milestone(event.type(), data(event, MilestoneEventData.class));
            default -> null;
        };
        return Optional.ofNullable(notice).filter(n -> !n.orgIds().isEmpty());
    }

    /**
     * Only the organisations the consent names and the one that recorded it: what the end of a consent does to a plan
     * plan-service decides and says with its own events (consent-replaced, party-access-ended, closed), so a consent
     * that does not name a party of the person's plan tells that party nothing.
     */
    private Notice consentEnded(String type, ConsentEventData d) {
        Set<String> orgs = OrgIds.union(d.partyOrgIds(), Set.of());
        if (d.recordedByOrg() != null) {
            orgs.add(d.recordedByOrg());
        }
        String link = "/api/v1/consents/" + d.consentId();
        if (EventTypes.CONSENT_WITHDRAWN.equals(type)) {
            return new Notice(orgs, link,
                    "Samtycket har återkallats. Dela inte längre information om personen med stöd av det.",
                    "Consent was withdrawn. Share no more information about the person under it.");
        }
        return new Notice(orgs, link,
                "Samtyckets giltighetstid har gått ut. Dela inte längre information om personen med stöd av det.",
                "The consent's validity has run out. Share no more information about the person under it.");
    }

    /** The leads of the open plans resting on the consent, so that a new consent is asked for in time. */
    private Notice consentExpiring(ConsentEventData d) {
        // validUntil is the last day the consent applies.
        String sv = d.validUntil() == null ? "upphör snart att gälla" : "gäller till och med " + d.validUntil();
        String en = d.validUntil() == null ? "ends soon" : "ends on " + d.validUntil() + ", its last valid day";
        return new Notice(plans.leadsOfActivePlansOn(d.consentId()), "/api/v1/consents/" + d.consentId(),
                "Samtycket som planen vilar på " + sv + ". Ett nytt samtycke behövs för att planen ska fortsätta.",
                "The consent the plan rests on " + en + ". A new consent is needed to continue the plan.");
    }

    private Notice consentReplaced(PlanConsentReplacedData d) {
        Set<String> lead = lead(d.leadOrgId(), d.planId());
        return new Notice(lead, "/api/v1/plans/" + d.planId(),
                "Samtycket som planen vilade på har upphört. Planen fortsätter med stöd av ett annat gällande"
                        + " samtycke.",
                "The consent the plan rested on has ended. The plan continues on another consent in force.");
    }

    /** Exactly the parties that lost access: the others, the lead too, still read the plan as before. */
    private Notice accessEnded(PartyAccessEndedData d) {
        return new Notice(OrgIds.union(d.orgIds(), Set.of()), "/api/v1/plans/" + d.planId(),
                "Ni har inte längre åtkomst till planen: inget gällande samtycke omfattar er. Ni är kvar som part.",
                "You no longer have access to the plan: no consent in force covers you. You remain a party.");
    }

    private Notice meeting(String type, MeetingEventData d) {
        String link = "/api/v1/meetings/" + d.meetingId();
        String when = when(d.startsAt());
        Set<String> invitees = OrgIds.union(d.inviteeOrgIds(), Set.of());
        return switch (type) {
            case EventTypes.MEETING_SCHEDULED -> new Notice(invitees, link,
                    "Kallelse till " + MeetingKinds.swedish(d.type()) + " " + when + ".",
                    "Invitation to a " + MeetingKinds.english(d.type()) + " on " + when + ".");
            case EventTypes.MEETING_RESCHEDULED -> new Notice(invitees, link,
                    MeetingKinds.swedishCapitalised(d.type()) + " har flyttats till " + when + ".",
                    "A " + MeetingKinds.english(d.type()) + " has moved to " + when + ".");
            default -> new Notice(invitees, link,
                    MeetingKinds.swedishCapitalised(d.type()) + " " + when + " är inställt.",
                    "The " + MeetingKinds.english(d.type()) + " on " + when + " is cancelled.");
        };
    }

    /** Only a decline by an invitee obliged to attend (kallelse) is news, and for the plan's lead. */
    private Notice answer(MeetingAnswerEventData d) {
        if (!d.obligedToAttend() || !"DECLINED".equals(d.answer())) {
            return null;
        }
        Set<String> lead = lead(null, d.planId());
        return new Notice(lead, "/api/v1/meetings/" + d.meetingId(),
                "En kallad part har tackat nej till mötet. Följ upp.",
                "An invitee obliged to attend declined the meeting. Follow it up.");
    }

    private Notice plan(String type, PlanEventData d) {
        Set<String> parties = OrgIds.union(d.partyOrgIds(), parties(d.planId()));
        OrgIds.addLead(parties, d.leadOrgId());
        String link = "/api/v1/plans/" + d.planId();
        if (EventTypes.PLAN_CREATED.equals(type)) {
            return new Notice(parties, link, "En ny plan där ni är part har startats.",
                    "A new plan with you as a party was started.");
        }
        String reason = d.closureReason() == null ? "" : " (" + d.closureReason() + ")";
        return new Notice(parties, link, "Planen är avslutad" + reason + ".", "The plan was closed" + reason + ".");
    }

    private Notice placement(PlacementChangedData d) {
        Set<String> parties = readers(d.personRef(), d.planId(), d.partyOrgIds(), d.leadOrgId());
        return new Notice(parties, "/api/v1/plans/" + d.planId(),
                "Placeringen har ändrats från " + d.effectiveOn() + ": " + Placements.swedish(d.type()) + ".",
                "The placement changed from " + d.effectiveOn() + ": " + Placements.english(d.type()) + ".");
    }

    private Notice deviation(DeviationReportedData d) {
        Set<String> parties = readers(d.personRef(), d.planId(), d.partyOrgIds(), d.leadOrgId());
        return new Notice(parties, "/api/v1/plans/" + d.planId(), "En avvikelse från planen har rapporterats.",
                "A deviation from the plan was reported.");
    }

    private Notice versionAgreed(PlanVersionAgreedData d) {
        Set<String> parties = readers(d.personRef(), d.planId(), d.partyOrgIds(), d.leadOrgId());
        return new Notice(parties, "/api/v1/plans/" + d.planId() + "/versions/" + d.version(),
                "Version " + d.version() + " av planen är fastställd.",
                "Version " + d.version() + " of the plan was agreed.");
    }

    private Notice milestone(String type, MilestoneEventData d) {
        Set<String> lead = lead(d.leadOrgId(), d.planId());
        String link = "/api/v1/plans/" + d.planId() + "/milestones";
        if (EventTypes.FOLLOW_UP_DUE.equals(type)) {
            return new Notice(lead, link,
                    "Dags för " + d.kind() + ": senast " + d.dueBy() + ".",
                    "Due: " + d.kind() + ", by " + d.dueBy() + ".");
        }
        return new Notice(lead, link, "Tidsfristen för " + d.kind() + " passerades " + d.dueBy() + ".",
                "The deadline for " + d.kind() + " was missed on " + d.dueBy() + ".");
    }

    /**
     * Who is told what the plan now says: the lead, which keeps its access, and the parties a consent in force still
     * shares the person's information with. A party whose last covering consent ended keeps its place in the plan but
     * hears no more of its content. Until this service has heard of any consent of the person (the consent topic may
     * lag the plan topic), the parties are those plan-service checked with consent-service when the plan started.
     */
    private Set<String> readers(String personRef, UUID planId, List<String> partyOrgIds, String leadOrgId) {
        Set<String> orgs = OrgIds.union(partyOrgIds, parties(planId));
        List<ConsentScope> known = consents.ofPerson(personRef);
        if (!known.isEmpty()) {
            LocalDate today = LocalDate.now(clock);
            orgs.removeIf(org -> !ConsentCoverage.covers(known, org, ConsentPurposes.SHARE_INFORMATION, today));
        }
        OrgIds.addLead(orgs, leadOrgId);
        return orgs;
    }

    /** The lead the event names, else the one the projection knows: none when neither does. */
    private Set<String> lead(String named, UUID planId) {
        String lead = named != null ? named : plans.find(planId).map(PlanSnapshot::leadOrgId).orElse(null);
        return lead == null ? Set.of() : Set.of(lead);
    }

    private Set<String> parties(UUID planId) {
        return plans.find(planId).map(PlanSnapshot::partyOrgIds).orElse(Set.of());
    }

    private <T> T data(CloudEvent event, Class<T> type) {
        return json.convertValue(event.data(), type);
    }

    private static String when(OffsetDateTime at) {
        return at == null ? "" : WHEN.format(Instant.from(at).atZone(ClockProducer.SWEDEN));
    }
}
