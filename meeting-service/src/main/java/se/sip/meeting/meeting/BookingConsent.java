package se.sip.meeting.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.sip.meeting.meeting.MeetingBooking.NewInvitee;
import se.sip.platform.consent.ConsentDecision;
import se.sip.platform.consent.ConsentDecisionClient;
import se.sip.platform.consent.ConsentPurposes;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.Caller;

/**
 * What a booking asks consent-service, now, before anything is written: so a refusal (422) or an outage (503) leaves
 * nothing behind.
 */
@ApplicationScoped
class BookingConsent {

    private final ConsentDecisionClient consentDecisions;

    BookingConsent(ConsentDecisionClient consentDecisions) {
        this.consentDecisions = consentDecisions;
    }

    /**
     * One question to consent-service for the caller's organisation and every PARTY invitee's (CONVENE_MEETING), the
     * caller's answer examined first; then each RELATIVE by name (INVITE_RELATIVES). The consent id is the caller's.
     */
    UUID check(Caller caller, PersonalIdentityNumber person, List<NewInvitee> invitees) {
        Set<String> orgs = new LinkedHashSet<>();
        orgs.add(caller.org());
        invitees.stream().filter(x -> x.kind() == InviteeKind.PARTY).forEach(x -> orgs.add(x.orgId()));
        Map<String, ConsentDecision> convene = consentDecisions.decideEach(person, orgs,
                ConsentPurposes.CONVENE_MEETING);
        ConsentDecision own = convene.get(caller.org()).requirePermitted("No consent in force lets your organisation"
                + " convene a meeting about this person (CONVENE_MEETING), so nothing was booked.");
        List<String> uncovered = new ArrayList<>();
        for (int i = 0; i < invitees.size(); i++) {
            NewInvitee x = invitees.get(i);
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
            NewInvitee x = invitees.get(i);
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
