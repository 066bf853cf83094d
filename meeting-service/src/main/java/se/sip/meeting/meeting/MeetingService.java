package se.sip.meeting.meeting;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.access.PersonDataAccess;
import se.sip.platform.consent.ConsentTerms;
import se.sip.platform.consent.ConsentTermsClient;
import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.platform.plan.PlanSnapshot;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;

/**
 * Books, reads, lists, moves and cancels meetings. The answers to invitations ({@link AnswerService}) and what follows
 * a held meeting ({@link MinutesService}) change a meeting through {@link #locked} and answer with {@link #changed}:
 * every service answers with a {@link MeetingSnapshot}, and the entity stays in this package.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingService {

    /** The closure reasons of a plan whose consent ended (plan-service's ClosureReason). */
    static final Set<String> CONSENT_ENDED = Set.of("CONSENT_WITHDRAWN", "CONSENT_EXPIRED");

    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final MeetingEvents events;
    private final MeetingOutlooks outlooks;
    private final BookingConsent consent;
    private final PlanProjection plans;
    private final ConsentTermsClient consentTerms;
    private final PersonRefs personRefs;
    private final PersonDataAccess personData;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, MeetingAccess access, MeetingEvents events, MeetingOutlooks outlooks,
            BookingConsent consent, PlanProjection plans, ConsentTermsClient consentTerms, PersonRefs personRefs,
            PersonDataAccess personData, Clock clock) {
        this.meetings = meetings;
        this.access = access;
        this.events = events;
        this.outlooks = outlooks;
        this.consent = consent;
        this.plans = plans;
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
    public MeetingSnapshot book(Caller caller, MeetingBooking b) {
        PersonalIdentityNumber person = PersonalIdentityNumber.parse(b.personId());
        String personRef = personRefs.of(person);
        MeetingRules.check(caller, b, plans.find(b.planId()), personRef);
        UUID consentId = consent.check(caller, person, b.invitees());
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.planId = b.planId();
        m.personId = person.value();
        m.personRef = personRef;
        m.type = b.type();
        m.status = MeetingStatus.SCHEDULED;
        m.startsAt = b.startsAt();
        m.durationMinutes = b.durationMinutes();
        m.format = b.format();
        m.location = b.location();
        m.videoLink = b.videoLink();
        b.invitees().forEach(i -> m.invitees.add(Invitee.of(i, b.type())));
        m.chair = b.chair();
        m.chairOrg = b.chairOrgId();
        m.noteTaker = b.noteTaker();
        m.noteTakerOrg = b.noteTakerOrgId();
        b.adjusters().forEach(a -> m.adjusters.add(new Adjuster(Objects.requireNonNullElseGet(a.id(), UUID::randomUUID),
                a.name(), a.orgId())));
        m.organiserOrg = caller.org();
        m.organiserSub = caller.subject();
        m.consentId = consentId;
        m.createdAt = clock.instant();
        m.changedAt = m.createdAt;
        meetings.persist(personData.create(caller, access, m));
        events.scheduled(m);
        return snapshot(m);
    }

    /** The meeting if the caller may see it; otherwise 404, as if it did not exist. Logged either way. */
    public MeetingSnapshot read(Caller caller, UUID id) {
        return snapshot(visible(caller, id));
    }

    /**
     * The terms of the consent the meeting's plan rests on, read from consent-service now (2 s at most, else
     * "inte tillgängligt", never an error); empty when the plan's consent is not known here. Called for the read of
     * one meeting, outside any transaction, so that no transaction stays open while consent-service is asked.
     */
    public Optional<ConsentTerms> consentTermsOf(MeetingSnapshot m) {
        return plans.find(m.planId()).map(PlanSnapshot::consentId).map(consentTerms::terms);
    }

    /**
     * One person's meetings (or one plan's) that the caller may see, in time order. Filtered in memory after the
     * query: a person has a handful of meetings, and it keeps the access rule in MeetingAccess alone.
     */
    public Page<MeetingSnapshot> list(Caller caller, MeetingFilter f, PageRequest page) {
        String personRef = f.personId() != null ? personRefs.of(PersonalIdentityNumber.parse(f.personId()))
                : plans.find(f.planId()).map(PlanSnapshot::personRef).orElse(null);
        return personData.list(caller, MeetingAccess.MEETING, personRef, () -> {
            List<Meeting> visible = personRef == null ? List.of()
                    : access.visible(caller, meetings.find(personRef, f.planId(), f.from(), f.to()));
            int from = (int) Math.min((long) page.page * page.size, visible.size());
            int to = Math.min(from + page.size, visible.size());
            return new Page<>(visible.subList(from, to), page.page, page.size, visible.size());
        }).map(this::snapshot);
    }

    /**
     * Moves the meeting; the invitation keeps its UID and its SEQUENCE rises, so calendars update it. Accepting an
     * invitee's PROPOSED_NEW_TIME moves it to exactly that time and marks the answer accepted.
     */
    @Transactional
    public MeetingSnapshot reschedule(Caller caller, UUID id, Rescheduling r, String ifMatch) {
        Meeting m = locked(caller, id);
        Versions.requirePresentMatch(ifMatch, m.version);
        requireScheduled(m);
        if (r.acceptsResponseId() != null) {
            proposalAccepted(m, r).acceptedAt = clock.instant();
        }
        MeetingRules.checkMove(m, plans.find(m.planId), r.startsAt());
        m.reschedule(r.startsAt());
        events.rescheduled(m);
        return changed(m);
    }

    /** The answer a move accepts: a PROPOSED_NEW_TIME of this meeting, not yet accepted, of the time moved to. */
    private static InvitationResponse proposalAccepted(Meeting m, Rescheduling r) {
        InvitationResponse proposal = m.response(r.acceptsResponseId())
                .orElseThrow(() -> ProblemException.notFound("Response (acceptsResponseId) of this meeting"));
        if (proposal.answer != Answer.PROPOSED_NEW_TIME) {
            throw ProblemException.ruleViolation("acceptsResponseId names a " + proposal.answer + " answer: only a"
                    + " PROPOSED_NEW_TIME is accepted.");
        }
        if (proposal.acceptedAt != null) {
            throw ProblemException.conflict("This proposed new time was already accepted.");
        }
        if (!proposal.proposedStartsAt.equals(r.startsAt())) {
            throw ProblemException.ruleViolation("startsAt must be the time the accepted answer proposed ("
                    + proposal.proposedStartsAt + ").");
        }
        return proposal;
    }

    @Transactional
    public MeetingSnapshot cancel(Caller caller, UUID id, String reason, String ifMatch) {
        Meeting m = locked(caller, id);
        Versions.requirePresentMatch(ifMatch, m.version);
        requireScheduled(m);
        m.cancel(reason, clock.instant());
        events.cancelled(m);
        return changed(m);
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

    /** The meeting if the caller may see it; otherwise 404, as if it did not exist. Logged either way. */
    Meeting visible(Caller caller, UUID id) {
        return personData.read(caller, access, id, meetings.findByIdOptional(id));
    }

    /**
     * A meeting the caller may change, locked so that concurrent changes wait for each other, and marked changed so
     * that its version rises even when only its minutes change. A refused change rolls the mark back.
     */
    Meeting locked(Caller caller, UUID id) {
        Meeting m = lockedAsIs(caller, id);
        m.changedAt = clock.instant();
        return m;
    }

    /** As {@link #locked}, its version left as it is: for what is kept beside the meeting (the individual's wishes). */
    Meeting lockedAsIs(Caller caller, UUID id) {
        return personData.change(caller, access, id, meetings.lockById(id));
    }

    /** The changed meeting as it now stands: flushed first, so that it shows the version the change raised. */
    MeetingSnapshot changed(Meeting m) {
        meetings.flush();
        return snapshot(m);
    }

    MeetingSnapshot snapshot(Meeting m) {
        return MeetingSnapshot.of(m, outlooks.of(m));
    }

    static Meeting requireScheduled(Meeting m) {
        if (m.status != MeetingStatus.SCHEDULED) {
            throw ProblemException.conflict("The meeting is " + m.status + "; only a SCHEDULED meeting changes.");
        }
        return m;
    }
}
