package se.sip.plan.plan;

import java.time.LocalDate;
import java.util.List;

import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.problem.Problem.FieldError;
import se.sip.platform.problem.ProblemException;

/**
 * What a plan records about a child, and the ages the routines turn on, counted from the personal identity number's
 * birth date on the day that matters.
 */
public final class ChildRules {

    /** Under this age the person is a child: guardians, the child's own view, a spokesperson. */
    static final int ADULT = 18;
    /** Seed 004 is the routine for young people "upp till och med 20 år". */
    static final int YOUTH = 20;
    /** Seed 004: a youth "över 15 år" may refuse, and may be supported without the parents' consent. */
    static final int OWN_STANDING = 15;

    private ChildRules() {
    }

    static int ageOn(String personId, LocalDate day) {
        return PersonalIdentityNumber.parse(personId).ageOn(day);
    }

    /** Under 18 on {@code day}. */
    public static boolean isChild(String personId, LocalDate day) {
        return ageOn(personId, day) < ADULT;
    }

    /**
     * A child's view and spokesperson are for a child (422 for a person of 18 or more on {@code today}); the view's
     * day is not in the future (400).
     */
    static void check(String personId, ChildOpinion view, ChildSpokesperson spokesperson, LocalDate today) {
        if (view != null && view.on().isAfter(today)) {
            throw ProblemException.invalid(List.of(new FieldError("childView.on", "must not be in the future")));
        }
        if ((view != null || spokesperson != null) && !isChild(personId, today)) {
            throw ProblemException.ruleViolation("The child's own view (childView) and who speaks for the child"
                    + " (childSpokesperson) are recorded in a plan for a child, and the person is 18 or over.");
        }
    }
}
