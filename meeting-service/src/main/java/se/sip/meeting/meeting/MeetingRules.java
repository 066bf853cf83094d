package se.sip.meeting.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.sip.meeting.meeting.MeetingBooking.NewAdjuster;
import se.sip.meeting.meeting.MeetingBooking.NewInvitee;
import se.sip.platform.events.EventParty;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanSnapshot;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.Caller;
import se.sip.platform.security.OrgType;
import se.sip.platform.time.ClockProducer;

/** The booking rules (docs/contract.md, meeting-service; docs/domain.md, "SIP rules"): each broken one is a 422 with a hint. */
final class MeetingRules {

    /** The plan kind of an open-care youth assignment (uppdrag för unga i öppenvård; seed 004). */
    static final String YOUTH_ASSIGNMENT = "YOUTH_ASSIGNMENT";

    static final String NO_GUARDIAN = "A meeting of a youth assignment for a child under 18 invites the guardians"
            + " (vårdnadshavare): add a RELATIVE invitee with relation GUARDIAN (seed 004).";

    private MeetingRules() {
    }

    static PlanSnapshot check(Caller caller, MeetingBooking r, Optional<PlanSnapshot> known, String personRef) {
        PlanSnapshot plan = known.filter(PlanSnapshot::active).orElseThrow(() -> rule("The plan is not known to"
                + " meeting-service or not ACTIVE: a meeting is booked for an active plan (a plan just started may"
                + " take a moment to arrive)."));
        require(plan.personRef().equals(personRef), "personId is not the person of the plan.");
        require(plan.hasParty(caller.org()), "Your organisation is not a party of the plan, so it cannot call a"
                + " meeting about it.");
        require(plan.hasParty(r.noteTakerOrgId()), "noteTakerOrgId is not a party of the plan: the note-taker comes"
                + " from an organisation taking part, which submits the minutes.");
        require(plan.hasParty(r.chairOrgId()), "chairOrgId is not a party of the plan: the chair (mötesledare) comes"
                + " from an organisation taking part, which a proposed new time reaches.");
        checkInvitees(r.invitees());
        boolean regionInvited = r.invitees().stream().anyMatch(i -> party(i, OrgType.REGION));
        if (r.type() == MeetingType.SIP) {
            require(regionInvited, "A SIP-möte needs a REGION party among the invitees: health care is one of the two"
                    + " principals of a SIP. Without health care, book a COLLABORATION (samverkansmöte).");
        }
        if (r.type() == MeetingType.COLLABORATION) {
            require(!regionInvited, "A samverkansmöte (COLLABORATION) has no REGION party: with health care taking"
                    + " part it is a SIP-möte; book type SIP.");
        }
        if (r.type() == MeetingType.OFFICIALS) {
            // Seeds 000 and 004: an officials' meeting (tjänstemannamöte) is between officials only.
            require(r.invitees().stream().noneMatch(i -> i.kind() == InviteeKind.INDIVIDUAL
                    || i.kind() == InviteeKind.RELATIVE), "An OFFICIALS meeting (tjänstemannamöte) is between"
                            + " officials: the individual and relatives are never invited to it (seeds 000, 004).");
        }
        if (r.type() == MeetingType.START_UP) {
            require(r.chairOrgId() != null && r.chairOrgId().equals(plan.leadOrgId()), "A START_UP meeting"
                    + " (uppstartsmöte) is convened and chaired by the plan's lead organisation (seed 004): chairOrgId"
                    + " must be " + plan.leadOrgId() + ".");
            require(plan.hasParty(caller.org()) && caller.belongsTo(plan.leadOrgId()), "A START_UP meeting"
                    + " (uppstartsmöte) is convened by the plan's lead organisation (seed 004).");
        }
        if (PlanSnapshot.LVM_AFTERCARE.equals(plan.kind()) && r.type() != MeetingType.OFFICIALS) {
            require(r.invitees().stream().anyMatch(i -> i.kind() == InviteeKind.INDIVIDUAL), "In LVM aftercare the"
                    + " individual is invited to every meeting: add an INDIVIDUAL invitee.");
            // SiS leaves the plan's parties at discharge (placement-changed), and then is no longer required.
            Set<String> sis = plan.partiesOfType(OrgType.SIS.name());
            require(sis.isEmpty() || r.invitees().stream().anyMatch(i -> party(i, OrgType.SIS)
                    && sis.contains(i.orgId())), "In LVM aftercare SiS is invited while it is a party of the plan:"
                            + " add the plan's SiS institution (" + String.join(", ", sis) + ") as a PARTY of orgType"
                            + " SIS.");
        }
        require(!guardianMissing(plan, r.type(), r.personId(), r.startsAt(),
                r.invitees().stream().anyMatch(i -> Invitee.guardian(i.kind(), i.relation()))), NO_GUARDIAN);
        if (r.format() == MeetingFormat.DIGITAL) {
            require(present(r.videoLink()), "A DIGITAL meeting needs a videoLink.");
        } else {
            require(present(r.location()), "A PHYSICAL meeting needs a location.");
        }
        checkAdjusters(r, plan);
        return plan;
    }

    /**
     * A move keeps the youth rule (seed 004): a meeting that invites no guardian does not move to a day on which the
     * child is under 18. Its invitees do not change after booking, so such a meeting is cancelled and booked anew.
     * A plan no longer known here is not judged again.
     */
    static void checkMove(Meeting m, Optional<PlanSnapshot> plan, Instant startsAt) {
        require(plan.isEmpty() || !guardianMissing(plan.get(), m.type, m.personId, startsAt,
                m.invitees.stream().anyMatch(i -> Invitee.guardian(i.kind, i.relation))), "On that day the child is"
                        + " under 18, and a meeting of a youth assignment for a child under 18 invites the guardians"
                        + " (vårdnadshavare), which this one does not (seed 004). Invitees do not change after"
                        + " booking: keep the meeting's day, or cancel it and book a new one with a RELATIVE invitee"
                        + " with relation GUARDIAN.");
    }

    /**
     * Seed 004 and the domain's children and young people: a meeting of a youth assignment about a child under 18 on
     * its day (Europe/Stockholm) invites a guardian, save an OFFICIALS meeting, which never invites relatives.
     */
    private static boolean guardianMissing(PlanSnapshot plan, MeetingType type, String personId, Instant startsAt,
            boolean guardianInvited) {
        return YOUTH_ASSIGNMENT.equals(plan.kind()) && type != MeetingType.OFFICIALS && !guardianInvited
                && PersonalIdentityNumber.parse(personId).ageOn(LocalDate.ofInstant(startsAt, ClockProducer.SWEDEN))
                        < 18;
    }

    /**
     * Two named adjusters of two different parties of the plan (seed 001); in a SIP-möte one from each principal, a
     * MUNICIPALITY party and a REGION party.
     */
    private static void checkAdjusters(MeetingBooking r, PlanSnapshot plan) {
        List<NewAdjuster> adjusters = r.adjusters();
        for (int i = 0; i < adjusters.size(); i++) {
            require(plan.hasParty(adjusters.get(i).orgId()), "adjusters[" + i + "] (" + adjusters.get(i).orgId()
                    + ") is not a party of the plan: an adjuster (justerare) comes from an organisation taking part.");
        }
        require(!adjusters.get(0).orgId().equals(adjusters.get(1).orgId()), "The two adjusters (justerare) come from"
                + " two different party organisations: give adjusters of two different organisations.");
        if (r.type() == MeetingType.SIP) {
            Set<String> types = adjusters.stream().map(a -> orgTypeOf(a.orgId(), plan, r.invitees()))
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            require(types.contains(OrgType.MUNICIPALITY.name()) && types.contains(OrgType.REGION.name()),
                    "In a SIP-möte the two adjusters (justerare) come one from each principal: one from a"
                            + " MUNICIPALITY party and one from a REGION party of the plan.");
        }
    }

    /**
     * A party's organisation type as the plan events name it; for a party projected before they named types, as the
     * booking's PARTY invitee of that organisation gives it; else null.
     */
    private static String orgTypeOf(String orgId, PlanSnapshot plan, List<NewInvitee> invitees) {
        return plan.parties().stream().filter(p -> p.orgId().equals(orgId) && p.orgType() != null)
                .map(EventParty::orgType).findFirst()
                .or(() -> invitees.stream().filter(i -> i.kind() == InviteeKind.PARTY && orgId.equals(i.orgId()))
                        .map(NewInvitee::orgType).filter(Objects::nonNull).map(OrgType::name).findFirst())
                .orElse(null);
    }

    private static void checkInvitees(List<NewInvitee> invitees) {
        for (int i = 0; i < invitees.size(); i++) {
            NewInvitee x = invitees.get(i);
            if (x.kind() == InviteeKind.PARTY) {
                require(present(x.orgId()) && x.orgType() != null,
                        "invitees[" + i + "] is a PARTY and needs orgId and orgType.");
            }
            require(x.relation() == null || x.kind() == InviteeKind.RELATIVE, "invitees[" + i + "] is "
                    + x.kind() + ": only a RELATIVE has a relation (how they are related to the individual).");
        }
    }

    private static boolean party(NewInvitee i, OrgType type) {
        return i.kind() == InviteeKind.PARTY && i.orgType() == type;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean holds, String hint) {
        if (!holds) {
            throw rule(hint);
        }
    }

    private static ProblemException rule(String hint) {
        return ProblemException.ruleViolation(hint);
    }
}
