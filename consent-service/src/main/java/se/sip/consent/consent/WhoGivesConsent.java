package se.sip.consent.consent;

import java.time.LocalDate;

import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.problem.ProblemException;

/**
 * Who may give (or decline) a consent for the person, by their age on its first day, as the seeds' youth routine has
 * it (seed 004, Motala: "Efter samtycke från vårdnadshavare/ungdom"; "bedöma om insats kan ske till barnet (om denne
 * är över 15 år) utan föräldrarnas samtycke"). A child's consent is given by their guardians (vårdnadshavare; both,
 * in joint custody, as {@code givenBy} and {@code coGuardian}) or a legal representative; a youth who has turned 15
 * may give their own. The age is counted on the consent's first day ({@link ConsentRecording#firstDay}), not on the
 * day it is recorded: a consent written before the 15th birthday to start on it is the youth's own.
 */
final class WhoGivesConsent {

    /** From this age (completed years) a youth gives their own consent. */
    static final int OWN_CONSENT_FROM = 15;

    /** Custody (vårdnad) ends at 18: an adult has no guardians, so no second guardian either. */
    static final int ADULT_FROM = 18;

    static final String CHILD_ALONE = "A child under 15 does not consent alone: the guardians (vårdnadshavare, both"
            + " with joint custody as givenBy and coGuardian) or a legal representative give the consent (seed 004).";

    static final String CO_GUARDIAN_OF_AN_ADULT = "coGuardian names the second guardian of a child (under 18); the"
            + " person is 18 or over on validFrom.";

    private WhoGivesConsent() {
    }

    /**
     * 422 when the person is too young to have given it themselves, or too old to have a second guardian, on
     * {@code firstDay}. The problem says which rule, never the person's number or age.
     */
    static void check(PersonalIdentityNumber person, ConsentRecording recording, LocalDate firstDay) {
        int age = person.ageOn(firstDay);
        boolean byTheIndividual = recording.givenBy() != null && recording.givenBy().role() == GiverRole.INDIVIDUAL;
        if (byTheIndividual && age < OWN_CONSENT_FROM) {
            throw ProblemException.ruleViolation(CHILD_ALONE);
        }
        if (recording.coGuardianName() != null && age >= ADULT_FROM) {
            throw ProblemException.ruleViolation(CO_GUARDIAN_OF_AN_ADULT);
        }
    }
}
