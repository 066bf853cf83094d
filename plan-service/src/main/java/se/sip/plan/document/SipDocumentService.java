package se.sip.plan.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.sip.plan.meeting.MeetingProjection;
import se.sip.plan.meeting.PlanMeeting;
import se.sip.plan.plan.PlanDetails;
import se.sip.plan.plan.PlanService;
import se.sip.plan.version.AgreedPlan;
import se.sip.plan.version.AgreedVersionService;
import se.sip.plan.version.PlanSnapshot;
import se.sip.platform.consent.ConsentTerms;
import se.sip.platform.consent.ConsentTermsClient;
import se.sip.platform.security.Caller;

/** The SIP document of a plan as it now is, or of one of its agreed versions; read (and logged) as the plan is. */
@ApplicationScoped
class SipDocumentService {

    private final PlanService plans;
    private final AgreedVersionService versions;
    private final ConsentTermsClient consentTerms;
    private final MeetingProjection meetings;
    private final MeetingAccounts accounts;
    private final Clock clock;

    SipDocumentService(PlanService plans, AgreedVersionService versions, ConsentTermsClient consentTerms,
            MeetingProjection meetings, MeetingAccounts accounts, Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.consentTerms = consentTerms;
        this.meetings = meetings;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The plan as it now is, with the latest held meeting (none before one is held), or agreed version n, with the
     * meeting whose approved minutes made it.
     */
    String document(Caller caller, UUID planId, Integer version) {
        if (version == null) {
            PlanDetails now = plans.read(caller, planId);
            PlanSnapshot plan = PlanSnapshot.of(now);
            MeetingAccount account = meetings.ofPlan(planId).stream().filter(PlanMeeting::isHeld)
                    .reduce((a, b) -> b).map(m -> accounts.of(m.meetingId(), null)).orElse(null);
            return SipDocument.of(plan, now.personId(), new SipDocument.Heading("Aktuell plan", LocalDate.now(clock),
                    "Planen som den ser ut nu (version " + plan.version() + "), inte fastställd i ett justerat"
                            + " protokoll. Utskriven " + LocalDate.now(clock) + ".", null), terms(plan), account)
                    .render();
        }
        AgreedPlan agreed = versions.read(caller, planId, version);
        LocalDate agreedOn = LocalDate.ofInstant(agreed.agreedAt(), clock.getZone());
        return SipDocument.of(agreed.plan(), agreed.personId(), new SipDocument.Heading(
                agreed.number() == 1 ? "Ny plan" : "Uppföljning", agreedOn,
                "Fastställd version " + agreed.number() + ": mötets protokoll justerades " + agreedOn + ".",
                agreed.nextFollowUpOn()), terms(agreed.plan()),
                accounts.of(agreed.meetingId(), agreed.minutesRevision())).render();
    }

    /** The terms of the consent the plan (or the version) rests on, asked of consent-service now. */
    private ConsentTerms terms(PlanSnapshot plan) {
        return plan.consentId() == null ? null : consentTerms.terms(plan.consentId());
    }
}
