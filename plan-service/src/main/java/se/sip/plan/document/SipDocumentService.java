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

    private static final String OFFICIALS = "OFFICIALS";

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
     * meeting whose approved minutes made it. The person themselves (role individual) gets it without their number
     * (a line to fill in, as name and address) and, for the plan as it is, never from an officials' meeting nor from
     * minutes not yet approved; their versions never come from an officials' meeting (AgreedVersionService).
     */
    String document(Caller caller, UUID planId, Integer version) {
        boolean person = caller.isIndividual();
        if (version == null) {
            PlanDetails now = plans.read(caller, planId);
            PlanSnapshot plan = PlanSnapshot.of(now);
            return SipDocument.of(plan, now.personId(), !person, new SipDocument.Heading("Aktuell plan",
                    LocalDate.now(clock), "Planen som den ser ut nu (version " + plan.version() + "), inte fastställd i"
                            + " ett justerat protokoll. Utskriven " + LocalDate.now(clock) + ".", null),
                    terms(plan), latestHeld(planId, person)).render();
        }
        AgreedPlan agreed = versions.read(caller, planId, version);
        LocalDate agreedOn = LocalDate.ofInstant(agreed.agreedAt(), clock.getZone());
        return SipDocument.of(agreed.plan(), agreed.personId(), !person, new SipDocument.Heading(
                agreed.number() == 1 ? "Ny plan" : "Uppföljning", agreedOn,
                "Fastställd version " + agreed.number() + ": mötets protokoll justerades " + agreedOn + ".",
                agreed.nextFollowUpOn()), terms(agreed.plan()),
                accounts.of(agreed.meetingId(), agreed.minutesRevision())).render();
    }

    /**
     * The account of the plan's latest held meeting, its latest minutes; for the person, of the latest held meeting
     * but an officials' one (between officials only, its minutes internal), by its approved minutes only.
     */
    private MeetingAccount latestHeld(UUID planId, boolean person) {
        return meetings.ofPlan(planId).stream().filter(PlanMeeting::isHeld)
                .filter(m -> !person || !OFFICIALS.equals(m.type())).reduce((a, b) -> b)
                .map(m -> person ? accounts.approved(m.meetingId()) : accounts.of(m.meetingId(), null)).orElse(null);
    }

    /** The terms of the consent the plan (or the version) rests on, asked of consent-service now. */
    private ConsentTerms terms(PlanSnapshot plan) {
        return plan.consentId() == null ? null : consentTerms.terms(plan.consentId());
    }
}
