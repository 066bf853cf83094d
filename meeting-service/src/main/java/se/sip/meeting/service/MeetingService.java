package se.sip.meeting.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.meeting.Adjuster;
import se.sip.meeting.Answer;
import se.sip.meeting.Deadline;
import se.sip.meeting.Invitee;
import se.sip.meeting.InviteeKind;
import se.sip.meeting.Meeting;
import se.sip.meeting.MeetingRepository;
import se.sip.meeting.MeetingStatus;
import se.sip.meeting.invitation.CalendarReply;
import se.sip.meeting.invitation.InvitationCalendar;
import se.sip.meeting.InvitationResponse;
import se.sip.meeting.plan.PlanProjection;
import se.sip.meeting.plan.PlanSnapshot;
import se.sip.meeting.rest.MeetingQuery;
import se.sip.meeting.rest.MeetingRequest;
import se.sip.meeting.rest.MeetingRequest.InviteeDto;
import se.sip.meeting.rest.ResponseRequest;
import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.access.PersonDataAccess;
import se.sip.platform.consent.ConsentDecision;
import se.sip.platform.consent.ConsentDecisionClient;
import se.sip.platform.consent.ConsentPurposes;
import se.sip.platform.consent.ConsentTerms;
import se.sip.platform.consent.ConsentTermsClient;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;
import se.sip.platform.time.ClockProducer;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingService {

    /** The closure reasons of a plan whose consent ended (plan-service's ClosureReason). */
    static final Set<String> CONSENT_ENDED = Set.of("CONSENT_WITHDRAWN", "CONSENT_EXPIRED");

    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final MeetingEvents events;
    private final PlanProjection plans;
    private final ConsentDecisionClient consentDecisions;
    private final ConsentTermsClient consentTerms;
    private final PersonRefs personRefs;
    private final PersonDataAccess personData;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, MeetingAccess access, MeetingEvents events, PlanProjection plans,
            ConsentDecisionClient consentDecisions, ConsentTermsClient consentTerms, PersonRefs personRefs,
            PersonDataAccess personData, Clock clock) {
        this.meetings = meetings;
        this.access = access;
        this.events = events;
        this.plans = plans;
        this.consentDecisions = consentDecisions;
        this.consentTerms = consentTerms;
        this.personRefs = personRefs;
        this.personData = personData;
        this.clock = clock;
    }

    /**
     * Books a meeting once the booking rules hold and consent-service says, now, that the caller's organisation may
     * convene it, that the consent covers each invited party's organisation, and that each relative may be invited.
     * Asked before anything is written, so a refusal or an outage leaves nothing behind.
     */
    @Transactional
    public Meeting book(Caller caller, MeetingRequest r) {
        PersonalIdentityNumber person = PersonalIdentityNumber.parse(r.personId());
        String personRef = personRefs.of(person);
        MeetingRules.check(caller, r, plans.find(r.planId()), personRef);
        UUID consentId = checkConsent(caller, person, r.invitees());
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.planId = r.planId();
        m.personId = person.value();
        m.personRef = personRef;
        m.type = r.type();
        m.status = MeetingStatus.SCHEDULED;
        m.startsAt = r.startsAt().toInstant();
        m.durationMinutes = r.durationMinutes();
        m.format = r.format();
        m.location = r.location();
        m.videoLink = r.videoLink();
        r.invitees().forEach(i -> m.invitees.add(new Invitee(Objects.requireNonNullElseGet(i.id(), UUID::randomUUID),
                i.kind(), i.orgId(), i.orgType(), i.name(), i.email(), i.phone())));
        m.chair = r.chair();
        m.noteTaker = r.noteTaker();
        m.noteTakerOrg = r.noteTakerOrgId();
        r.adjusters().forEach(a -> m.adjusters.add(new Adjuster(Objects.requireNonNullElseGet(a.id(), UUID::randomUUID),
                a.name(), a.orgId())));
        m.organiserOrg = caller.org();
        m.organiserSub = caller.subject();
        m.consentId = consentId;
        m.createdAt = clock.instant();
        m.changedAt = m.createdAt;
        meetings.persist(personData.create(caller, access, m));
        events.scheduled(m);
        return m;
    }

    /** The meeting if the caller may see it; otherwise 404, as if it did not exist. Logged either way. */
    public Meeting read(Caller caller, UUID id) {
        return personData.read(caller, access, id, meetings.findByIdOptional(id));
    }

    /**
     * The terms of the consent the meeting's plan rests on, read from consent-service now (2 s at most, else
     * "inte tillgängligt", never an error); empty when the plan's consent is not known here. Called for the read of
     * one meeting, outside any transaction, so that no transaction stays open while consent-service is asked.
     */
    public Optional<ConsentTerms> consentTermsOf(Meeting m) {
        return plans.find(m.planId).map(PlanSnapshot::consentId).map(consentTerms::terms);
    }

    /**
     * One person's meetings (or one plan's) that the caller may see, in time order. Filtered in memory after the
     * query: a person has a handful of meetings, and it keeps the access rule in MeetingAccess alone.
     */
    public Page<Meeting> list(Caller caller, MeetingQuery q, PageRequest page) {
        String personRef = q.personId() != null ? personRefs.of(PersonalIdentityNumber.parse(q.personId()))
                : plans.find(q.planId()).map(PlanSnapshot::personRef).orElse(null);
        return personData.list(caller, MeetingAccess.MEETING, personRef, () -> {
            List<Meeting> visible = personRef == null ? List.of()
                    : access.visible(caller, meetings.find(personRef, q.planId(), q.fromInstant(), q.toInstant()));
            int from = (int) Math.min((long) page.page * page.size, visible.size());
            int to = Math.min(from + page.size, visible.size());
            return new Page<>(visible.subList(from, to), page.page, page.size, visible.size());
        });
    }

    /** An invitee's answer; a decline by one with a kallelse is marked obliged, and so flagged on the meeting. */
    @Transactional
    public Meeting answer(Caller caller, UUID id, ResponseRequest r) {
        Meeting m = requireScheduled(locked(caller, id));
        Invitee invitee = m.invitee(r.inviteeId()).orElseThrow(() -> ProblemException.ruleViolation(
                "inviteeId is not an invitee of this meeting."));
        if (r.answer() == Answer.PROPOSED_NEW_TIME && r.proposedStartsAt() == null) {
            throw ProblemException.ruleViolation("PROPOSED_NEW_TIME needs proposedStartsAt.");
        }
        record(m, invitee, r.answer(), r.proposedStartsAt() == null ? null : r.proposedStartsAt().toInstant(),
                caller);
        return m;
    }

    /**
     * An invitee's answer from their calendar (RFC 5546 REPLY), recorded as if given through /responses. A reply to
     * an earlier SEQUENCE answered a time the meeting no longer has: refused (409), nothing recorded.
     */
    @Transactional
    public Meeting answerFromCalendar(Caller caller, UUID id, CalendarReply reply) {
        Meeting m = requireScheduled(locked(caller, id));
        if (!reply.uid().equals(InvitationCalendar.uidOf(m))) {
            throw ProblemException.ruleViolation("The reply's UID is not this meeting's invitation ("
                    + InvitationCalendar.uidOf(m) + ").");
        }
        if (reply.sequence() < m.sequence) {
            throw ProblemException.conflict("The reply answers SEQUENCE " + reply.sequence() + " of the invitation,"
                    + " which has since moved (SEQUENCE " + m.sequence + "); nothing was recorded.");
        }
        if (reply.sequence() > m.sequence) {
            throw ProblemException.ruleViolation("The reply's SEQUENCE " + reply.sequence() + " is newer than the"
                    + " invitation's (" + m.sequence + ").");
        }
        Invitee invitee = m.inviteeByEmail(reply.attendeeEmail()).orElseThrow(() -> ProblemException.ruleViolation(
                "The reply's ATTENDEE is not the e-mail address of an invitee of this meeting."));
        record(m, invitee, reply.answer(), null, caller);
        return m;
    }

    private void record(Meeting m, Invitee invitee, Answer answer, Instant proposedStartsAt, Caller caller) {
        if (!m.mayAnswerFor(invitee, caller.org())) {
            throw ProblemException.forbidden("Only the invitee's own organisation answers for it; the organiser's"
                    + " organisation answers for an invitee without one (the individual, a relative).");
        }
        InvitationResponse response = new InvitationResponse(invitee, answer, proposedStartsAt, clock.instant(),
                caller.org());
        m.responses.add(response);
        events.answered(m, invitee, response);
    }

    /** Moves the meeting; the invitation keeps its UID and its SEQUENCE rises, so calendars update it. */
    @Transactional
    public Meeting reschedule(Caller caller, UUID id, OffsetDateTime startsAt, String ifMatch) {
        Meeting m = locked(caller, id);
        Versions.requirePresentMatch(ifMatch, m.version);
        requireScheduled(m);
        m.reschedule(startsAt.toInstant());
        events.rescheduled(m);
        return m;
    }

    @Transactional
    public Meeting cancel(Caller caller, UUID id, String reason, String ifMatch) {
        Meeting m = locked(caller, id);
        Versions.requirePresentMatch(ifMatch, m.version);
        requireScheduled(m);
        m.cancel(reason, clock.instant());
        events.cancelled(m);
        return m;
    }

    /**
     * Records that a meeting took place, with whom: only the organiser's organisation does, and not before the
     * meeting has started. The held event tells plan-service (milestones) and names the next follow-up if one is booked.
     */
    @Transactional
    public Meeting hold(Caller caller, UUID id, List<UUID> attendees, String ifMatch) {
        Meeting m = locked(caller, id);
        Versions.requireMatch(ifMatch, m.version);
        if (!caller.belongsTo(m.organiserOrg)) {
            throw ProblemException.forbidden("Only the organiser's organisation records that the meeting was held.");
        }
        requireScheduled(m);
        holdNow(m, attendees);
        return m;
    }

    /** Marks a SCHEDULED meeting HELD (once it has started) with invitees who attended; emits the held event. */
    void holdNow(Meeting m, List<UUID> attendees) {
        if (clock.instant().isBefore(m.startsAt)) {
            throw ProblemException.ruleViolation("The meeting has not started yet (startsAt " + m.startsAt + "); it is"
                    + " held once it has taken place.");
        }
        for (int i = 0; i < attendees.size(); i++) {
            if (m.invitee(attendees.get(i)).isEmpty()) {
                throw ProblemException.ruleViolation("attendees[" + i + "] is not an invitee of this meeting.");
            }
        }
        m.hold(attendees, clock.instant());
        events.held(m, nextFollowUpOn(m));
    }

    /** The meeting's deadlines against the clock, and whether a held meeting lacks a booked next follow-up. */
    public MeetingOutlook outlook(Meeting m) {
        Instant now = clock.instant();
        Deadline minutesDue = m.status == MeetingStatus.CANCELLED ? null
                : Deadline.weekAfter(m.startsAt, m.minutes.isEmpty() ? null : m.minutes.get(0).submittedAt, now);
        Deadline answerDue = m.currentMinutes().map(x -> Deadline.weekAfter(x.submittedAt, x.answeredAt(), now))
                .orElse(null);
        return new MeetingOutlook(minutesDue, answerDue, m.status == MeetingStatus.HELD && nextFollowUpOn(m) == null);
    }

    /**
     * The next follow-up this meeting booked: the one its minutes name, else the date of the plan's next SCHEDULED
     * meeting; null when neither.
     */
    LocalDate nextFollowUpOn(Meeting m) {
        return m.currentMinutes().map(minutes -> minutes.nextFollowUp)
                .or(() -> meetings.nextScheduledOfPlan(m.planId, m.startsAt)
                        .map(next -> LocalDate.ofInstant(next.startsAt, ClockProducer.SWEDEN)))
                .orElse(null);
    }

    /**
     * The reaction to a plan that plan-service closed because no consent covers it any more: its future scheduled
     * meetings are cancelled with the closure reason; past ones are history, and the person's other plans keep theirs.
     * plan-service alone judges which plans a consent's end leaves uncovered. A plan closed for another reason
     * cancels nothing. Runs in the consumer's transaction, which also records the event as handled.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelForClosedPlan(UUID planId, String closureReason) {
        // Set.of rejects a null lookup, and closed events of other reasons may name none.
        if (closureReason == null || !CONSENT_ENDED.contains(closureReason)) {
            return;
        }
        for (Meeting m : meetings.scheduledOfPlanFromLocked(planId, clock.instant())) {
            m.cancel(closureReason, clock.instant());
            events.cancelled(m);
        }
    }

    /**
     * A meeting the caller may change, locked so that concurrent changes wait for each other, and marked changed so
     * that its version rises even when only its minutes change. A refused change rolls the mark back.
     */
    Meeting locked(Caller caller, UUID id) {
        Meeting m = personData.change(caller, access, id, meetings.lockById(id));
        m.changedAt = clock.instant();
        return m;
    }

    static Meeting requireScheduled(Meeting m) {
        if (m.status != MeetingStatus.SCHEDULED) {
            throw ProblemException.conflict("The meeting is " + m.status + "; only a SCHEDULED meeting changes.");
        }
        return m;
    }

    /**
     * One question to consent-service for the caller's organisation and every PARTY invitee's (CONVENE_MEETING), the
     * caller's answer examined first; then each RELATIVE by name (INVITE_RELATIVES). The consent id is the caller's.
     */
    private UUID checkConsent(Caller caller, PersonalIdentityNumber person, List<InviteeDto> invitees) {
        Set<String> orgs = new LinkedHashSet<>();
        orgs.add(caller.org());
        invitees.stream().filter(x -> x.kind() == InviteeKind.PARTY).forEach(x -> orgs.add(x.orgId()));
        Map<String, ConsentDecision> convene = consentDecisions.decideEach(person, orgs,
                ConsentPurposes.CONVENE_MEETING);
        ConsentDecision own = convene.get(caller.org()).requirePermitted("No consent in force lets your organisation"
                + " convene a meeting about this person (CONVENE_MEETING), so nothing was booked.");
        List<String> uncovered = new ArrayList<>();
        for (int i = 0; i < invitees.size(); i++) {
            InviteeDto x = invitees.get(i);
            if (x.kind() == InviteeKind.PARTY && !convene.get(x.orgId()).permitted()) {
                // The orgId the caller sent, never a name; and no reason: it is about another organisation.
                uncovered.add("invitees[" + i + "] (" + x.orgId() + ")");
            }
        }
        if (!uncovered.isEmpty()) {
            throw ProblemException.ruleViolation("No consent in force covers " + String.join(", ", uncovered)
                    + " for a meeting about this person (CONVENE_MEETING naming the organisation), so nothing was"
                    + " booked. Invite only organisations the person's consent names.");
        }
        for (int i = 0; i < invitees.size(); i++) {
            InviteeDto x = invitees.get(i);
            if (x.kind() == InviteeKind.RELATIVE && !consentDecisions.decide(person, caller.org(),
                    ConsentPurposes.INVITE_RELATIVES, x.name()).permitted()) {
                // The position, not the name: a problem never carries a third person's data.
                throw ProblemException.ruleViolation("invitees[" + i + "] is a relative no consent in force lets you"
                        + " invite (INVITE_RELATIVES naming them), so nothing was booked.");
            }
        }
        return own.consentId();
    }
}
