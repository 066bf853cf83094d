package se.sip.plan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.plan.meeting.MeetingProjection;
import se.sip.platform.events.PlanPartyChangedData;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;
import se.sip.platform.security.OrgType;

/**
 * Parties join and leave a plan as the person's life changes (seeds 000, 001, 003: SiS leaves at discharge, a school
 * or housing provider joins), and a party's contact person is replaced. A party joins only when a consent in force
 * shares the person's information with it, asked of consent-service now; with its place it gains access to the plan,
 * and with leaving loses it. Each change is announced: party-added, party-removed, or changed (a contact).
 */
@ApplicationScoped
public class PartyService {

    /** As at the start of a plan. */
    static final int MAX_PARTIES = 30;

    private final PlanRepository plans;
    private final PlanLocks locks;
    private final SharingConsent sharingConsent;
    private final PlanEvents events;
    private final PlanChanges changes;
    private final MeetingProjection meetings;

    PartyService(PlanRepository plans, PlanLocks locks, SharingConsent sharingConsent, PlanEvents events,
            PlanChanges changes, MeetingProjection meetings) {
        this.plans = plans;
        this.locks = locks;
        this.sharingConsent = sharingConsent;
        this.events = events;
        this.changes = changes;
        this.meetings = meetings;
    }

    /** If-Match is optional, as for a new action: a party joining undoes no one's edit. */
    @Transactional
    public PlanDetails add(Caller caller, UUID planId, PlanParty party, String ifMatch) {
        Plan p = locks.forChange(caller, planId);
        Versions.requireMatch(ifMatch, p.version);
        p.requireActive();
        if (!p.hasParty(caller.org())) {
            throw ProblemException.forbidden("Only a party of the plan may add a party to it.");
        }
        if (p.hasParty(party.orgId())) {
            throw ProblemException.conflict(party.orgId() + " is already a party of the plan.");
        }
        admit(caller, p, party, "so the party was not added");
        PlanDetails changed = plans.changed(p);
        events.partyAdded(p, party);
        return changed;
    }

    /**
     * Adds {@code party} once it may join: at most {@link #MAX_PARTIES}, the kind's rules kept, and a consent in force
     * sharing the person's information with it, asked of consent-service now. Every way a party joins comes here (a
     * party added by hand, SiS back with a new admission); the caller publishes party-added once the change is written.
     *
     * @param notDone what a refusal leaves undone, e.g. "so the party was not added"
     */
    void admit(Caller caller, Plan p, PlanParty party, String notDone) {
        if (p.parties.size() >= MAX_PARTIES) {
            throw ProblemException.ruleViolation("A plan has at most " + MAX_PARTIES + " parties.");
        }
        List<OrgType> types = new ArrayList<>(p.parties.stream().map(PlanParty::orgType).toList());
        types.add(party.orgType());
        List<String> broken = PlanRules.partiesBroken(p.kind, types);
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolation(party.orgId() + " cannot join the plan: " + String.join("; ", broken)
                    + ".");
        }
        sharingConsent.require(caller, PersonalIdentityNumber.parse(p.personId), party.orgId(),
                List.of(party.orgId()), notDone);
        p.parties.add(party);
    }

    /**
     * The lead or the party itself may remove a party, never the lead (hand the lead on first), nor one that still
     * holds open actions or must adjust submitted minutes, nor one the plan's kind needs. If-Match is required.
     */
    @Transactional
    public PlanDetails remove(Caller caller, UUID planId, String orgId, String ifMatch) {
        Plan p = locks.forChange(caller, planId);
        Versions.requirePresentMatch(ifMatch, p.version);
        p.requireActive();
        PlanParty party = p.party(orgId).orElseThrow(() -> ProblemException.notFound("Party"));
        if (!caller.belongsTo(p.leadOrgId) && !caller.belongsTo(orgId)) {
            throw ProblemException.forbidden("Only the lead or the party itself may remove a party.");
        }
        List<String> broken = whatHolds(p, party);
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolation(orgId + " cannot leave the plan: " + String.join("; ", broken) + ".");
        }
        p.parties.remove(party);
        PlanDetails changed = plans.changed(p);
        events.partyRemoved(p, party, PlanPartyChangedData.REMOVED);
        return changed;
    }

    /** The party itself or the lead replaces the party's contact person. If-Match is optional. */
    @Transactional
    public PlanDetails replaceContact(Caller caller, UUID planId, String orgId, String contact, String ifMatch) {
        Plan p = locks.forChange(caller, planId);
        Versions.requireMatch(ifMatch, p.version);
        p.requireActive();
        PlanParty party = p.party(orgId).orElseThrow(() -> ProblemException.notFound("Party"));
        if (!caller.belongsTo(p.leadOrgId) && !caller.belongsTo(orgId)) {
            throw ProblemException.forbidden("Only the lead or the party itself may replace its contact person.");
        }
        p.replace(new PlanParty(party.orgId(), party.orgType(), party.name(), contact));
        return changes.commit(p, List.of(PlanChanges.PARTY_CONTACT));
    }

    /** What keeps the party in the plan, each said without personal data (ids, not texts); empty when nothing. */
    private List<String> whatHolds(Plan p, PlanParty party) {
        List<String> broken = new ArrayList<>();
        if (party.orgId().equals(p.leadOrgId)) {
            broken.add("it is the lead (huvudansvarig); hand the lead to another party first");
        }
        List<UUID> open = p.actions.stream()
                .filter(a -> a.responsibleOrgId().equals(party.orgId()))
                .filter(a -> a.status() == ActionStatus.PLANNED || a.status() == ActionStatus.ONGOING)
                .map(PlanAction::id).toList();
        if (!open.isEmpty()) {
            broken.add("it is responsible for open actions " + open + "; move them or mark them DONE or CANCELLED");
        }
        List<UUID> minutes = meetings.awaitingAdjustmentBy(p.id, party.orgId());
        if (!minutes.isEmpty()) {
            broken.add("its adjuster must still answer the minutes of meetings " + minutes);
        }
        broken.addAll(PlanRules.partiesBroken(p.kind, p.parties.stream().filter(x -> x != party)
                .map(PlanParty::orgType).toList()));
        if (p.youthOrder != null && party.orgId().equals(p.youthOrder.resourceUnitOrgId())) {
            broken.add("it is the resource unit the youth order is given to");
        }
        return broken;
    }
}
