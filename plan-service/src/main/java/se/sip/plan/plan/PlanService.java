package se.sip.plan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.plan.meeting.MeetingProjection;
import se.sip.platform.access.PersonDataAccess;
import se.sip.platform.consent.ConsentCoverage;
import se.sip.platform.consent.ConsentProjection;
import se.sip.platform.consent.ConsentScope;
import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;

/**
 * Starts, reads, lists and closes plans, and judges them when a consent ends. The other features read a plan here
 * ({@link #read}), as {@link PlanDetails}; the service's own processes, which act for no caller, read it unchecked.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanService {

    private final PlanRepository plans;
    private final PlanAccess access;
    private final PlanEvents events;
    private final SharingConsent sharingConsent;
    private final ConsentProjection consents;
    private final PersonRefs personRefs;
    private final PersonDataAccess personData;
    private final MeetingProjection meetings;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanAccess access, PlanEvents events, SharingConsent sharingConsent,
            ConsentProjection consents, PersonRefs personRefs, PersonDataAccess personData,
            MeetingProjection meetings, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.events = events;
        this.sharingConsent = sharingConsent;
        this.consents = consents;
        this.personRefs = personRefs;
        this.personData = personData;
        this.meetings = meetings;
        this.clock = clock;
    }

    /**
     * Starts a plan once the kind's rules hold and consent-service says, at this very moment, that a consent in force
     * shares the person's information with the caller's organisation and with every party (a plan is information
     * shared between its parties). The plan rests on the consent that shares with its lead. The question is asked
     * before anything is written, so a refusal or an outage leaves nothing behind.
     */
    @Transactional
    PlanDetails start(Caller caller, PlanStart r) {
        PlanRules.check(caller, r, LocalDate.now(clock));
        MeasureRules.check(r);
        PersonalIdentityNumber person = PersonalIdentityNumber.parse(r.personId());
        UUID consentId = sharingConsent.require(caller, person, r.lead().orgId(),
                r.parties().stream().map(PlanParty::orgId).toList(), "so no plan was started");
        Plan p = new Plan();
        p.id = UUID.randomUUID();
        p.personId = person.value();
        p.personRef = personRefs.of(person);
        p.kind = r.kind();
        p.status = PlanStatus.ACTIVE;
        p.leadOrgId = r.lead().orgId();
        p.leadName = r.lead().name();
        p.parties.addAll(r.parties());
        if (r.careEpisode() != null) {
            p.lvmStartedOn = r.careEpisode().lvmStartedOn();
            p.institution = r.careEpisode().institution();
            p.expectedDischargeOn = r.careEpisode().expectedDischargeOn();
        }
        p.horizonMonths = r.horizonMonths();
        if (r.representative() != null) {
            p.representativeRole = r.representative().role();
            p.representativeName = r.representative().name();
        }
        p.individualGoal = r.individualGoal();
        p.professionalGoal = r.professionalGoal();
        p.needs = r.needs();
        p.currentInterventions = r.currentInterventions();
        p.otherMeasures.addAll(MeasureRules.kept(r.otherMeasures()));
        p.youthOrder = r.youthOrder();
        p.childView = r.childView();
        p.childSpokesperson = r.childSpokesperson();
        p.consentId = consentId;
        p.createdByOrg = caller.org();
        p.createdBySub = caller.subject();
        p.createdAt = clock.instant();
        plans.persist(personData.create(caller, access, p));
        events.created(p);
        return plans.changed(p);
    }

    /** The plan if the caller may see it; otherwise 404, as if it did not exist. Logged either way. */
    public PlanDetails read(Caller caller, UUID id) {
        return PlanDetails.of(personData.read(caller, access, id, plans.byId(id)));
    }

    /**
     * A person's plans the caller may see, newest first. Filtered in memory after the query: a person has a handful
     * of plans, and it keeps the access rule in PlanAccess alone instead of restating it in SQL.
     */
    Page<PlanDetails> ofPerson(Caller caller, String personId, PageRequest page) {
        String personRef = personRefs.of(PersonalIdentityNumber.parse(personId));
        return personData.list(caller, PlanAccess.PLAN, personRef,
                () -> page(access.visible(caller, plans.ofPersonWithParty(personRef, caller.org())), page));
    }

    /**
     * The person's own plans, for the person themselves (role individual, whose subject is their personRef): every
     * plan about them, whichever organisations take part, newest first.
     */
    Page<PlanDetails> ofThePerson(Caller caller, PageRequest page) {
        if (!caller.isIndividual()) {
            throw ProblemException.forbidden("Only the person themselves lists their own plans.");
        }
        String personRef = caller.subject();
        return personData.list(caller, PlanAccess.PLAN, personRef, () -> page(plans.ofPerson(personRef), page));
    }

    private static Page<PlanDetails> page(List<Plan> all, PageRequest page) {
        int from = (int) Math.min((long) page.page * page.size, all.size());
        int to = Math.min(from + page.size, all.size());
        return new Page<>(all.subList(from, to), page.page, page.size, all.size()).map(PlanDetails::of);
    }

    /** The lead organisation or a party's manager ({@link LeadOrManager}); 403 for another party. */
    @Transactional
    PlanDetails close(Caller caller, UUID id, ClosureReason reason, String note, String ifMatch) {
        Plan p = personData.change(caller, access, id, plans.lockById(id));
        LeadOrManager.require(caller, p, "close the plan");
        Versions.requireMatch(ifMatch, p.version);
        if (p.status != PlanStatus.ACTIVE) {
            throw ProblemException.conflict("The plan is already closed.");
        }
        ClosureRules.check(p, reason, note, meetings.ofPlan(id));
        p.close(reason, note, caller.org(), clock.instant());
        events.closed(p);
        return plans.changed(p);
    }

    /**
     * The plan for the service's own processes (the milestone scan), which act for no caller: no access check and no
     * access log row, so never for a caller's request.
     */
    public Optional<PlanDetails> readUnchecked(UUID id) {
        return plans.byId(id).map(PlanDetails::of);
    }

    /**
     * As {@link #readUnchecked}, locked until the transaction ends, so that a change of the plan meanwhile waits for
     * it (agreeing a version in the consumer's transaction).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PlanDetails> lockUnchecked(UUID id) {
        return plans.lockById(id).map(PlanDetails::of);
    }

    /**
     * The reaction to a consent that ended (withdrawn or expired), as the one judge of what depended on it: each of
     * the person's active plans keeps resting on a consent in force that shares with its lead (moving to the
     * preferred one when its own ended), or closes with {@code reason} when none does; parties that lost their only
     * covering consent stay parties without access, and are told. Judged from the local consent projection, which
     * the same event has just updated; runs in the consumer's transaction, which also records the event as handled.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void reactToEndedConsent(String personRef, UUID endedConsentId, ClosureReason reason) {
        List<ConsentScope> known = consents.ofPerson(personRef);
        LocalDate today = LocalDate.now(clock);
        for (Plan p : plans.activeOfPersonLocked(personRef)) {
            ConsentCoverage.PlanStanding standing = ConsentCoverage.judgePlan(known, endedConsentId, p.consentId,
                    p.leadOrgId, p.partyOrgIds(), today);
            if (standing.mustClose()) {
                p.close(reason, null, null, clock.instant());
                events.closed(p);
                continue;
            }
            restOn(p, standing.consentId().orElseThrow());
            if (!standing.partiesWithoutAccess().isEmpty()) {
                events.partyAccessEnded(p, standing.partiesWithoutAccess(), endedConsentId, reason);
            }
        }
    }

    /** Lets the plan rest on {@code consentId}, announcing the move when it is another consent than before. */
    @Transactional(Transactional.TxType.MANDATORY)
    void restOn(Plan p, UUID consentId) {
        if (!consentId.equals(p.consentId)) {
            UUID previous = p.consentId;
            p.consentId = consentId;
            events.consentReplaced(p, previous);
        }
    }
}
