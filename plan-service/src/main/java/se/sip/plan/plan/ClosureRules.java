package se.sip.plan.plan;

import java.util.List;

import se.sip.plan.meeting.PlanMeeting;
import se.sip.platform.problem.Problem.FieldError;
import se.sip.platform.problem.ProblemException;

/** The closure reasons a caller may give, as the routines have them; a reason that contradicts one is a 422. */
final class ClosureRules {

    private static final String FOLLOW_UP = "FOLLOW_UP";

    private ClosureRules() {
    }

    static void check(Plan p, ClosureReason reason, String note, List<PlanMeeting> meetings) {
        if (reason == ClosureReason.CONSENT_WITHDRAWN || reason == ClosureReason.CONSENT_EXPIRED) {
            throw ProblemException.ruleViolation(reason + " is the system's reason: a plan closes so by itself when"
                    + " the consent it rests on ends and no other consent in force covers its lead. Record the"
                    + " withdrawal in consent-service, or give the reason the plan ends for.");
        }
        if (reason == ClosureReason.OTHER && (note == null || note.isBlank())) {
            throw ProblemException.invalid(List.of(new FieldError("note", "required when the reason is OTHER: say"
                    + " why the plan ends")));
        }
        if (p.kind == PlanKind.YOUTH_ASSIGNMENT && reason == ClosureReason.GOALS_MET
                && meetings.stream().noneMatch(m -> m.isHeld() && FOLLOW_UP.equals(m.type()))) {
            throw ProblemException.ruleViolation("A youth assignment is closed with its goals met when a follow-up"
                    + " shows them met (seed 004: \"Insatsen avslutas då uppföljning visat att målen är uppnådda\"),"
                    + " and no FOLLOW_UP meeting of this plan is held yet: hold the follow-up first, or give the reason"
                    + " the plan ends for.");
        }
    }
}
