package se.sip.platform.meeting;

import java.time.Instant;
import java.time.LocalDate;

import se.sip.platform.time.ClockProducer;

/**
 * When the adjusters' answer to submitted minutes is due (seed 001: the adjusters point out errors within one week),
 * the one rule meeting-service (which reminds and reports it) and plan-service (whose ADJUSTERS_ANSWER milestone
 * tracks it) both apply. Days are Europe/Stockholm calendar days; the last day counts.
 */
public final class AdjustersDeadline {

    private AdjustersDeadline() {
    }

    /** The last day of the answer to minutes submitted at {@code submittedAt}. */
    public static LocalDate answerBy(Instant submittedAt) {
        return answerBy(submittedAt.atZone(ClockProducer.SWEDEN).toLocalDate());
    }

    /** The last day of the answer to minutes submitted on {@code submittedOn}. */
    public static LocalDate answerBy(LocalDate submittedOn) {
        return submittedOn.plusWeeks(1);
    }

    /** The day the adjusters who have not answered are reminded: the day before the last. */
    public static LocalDate reminderOn(LocalDate answerBy) {
        return answerBy.minusDays(1);
    }

    /** An adjuster who has not answered is overdue from the day after the last. */
    public static boolean overdue(LocalDate answerBy, LocalDate today) {
        return today.isAfter(answerBy);
    }
}
