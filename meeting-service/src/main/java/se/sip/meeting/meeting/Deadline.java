package se.sip.meeting.meeting;

import java.time.Instant;
import java.time.LocalDate;

import se.sip.platform.meeting.AdjustersDeadline;
import se.sip.platform.time.ClockProducer;

/**
 * A date something is due by (a Swedish calendar date) and where it stands: MET when done by then, DUE while not
 * done and still on time, OVERDUE when not done by then (also when done late).
 */
public record Deadline(LocalDate dueBy, Status status) {

    public enum Status {
        MET, DUE, OVERDUE
    }

    /** A week after {@code from}, in calendar days in Europe/Stockholm: the note-taker's minutes to the adjusters. */
    public static Deadline weekAfter(Instant from, Instant doneAt, Instant now) {
        LocalDate dueBy = day(from).plusDays(7);
        LocalDate reference = doneAt != null ? day(doneAt) : day(now);
        return new Deadline(dueBy, status(reference.isAfter(dueBy), doneAt));
    }

    /**
     * The adjusters' answer to minutes whose last day is {@code answerBy}: the platform's one rule
     * ({@link AdjustersDeadline}), the one plan-service's milestone and the reminder follow too.
     */
    public static Deadline adjustersAnswer(LocalDate answerBy, Instant answeredAt, Instant now) {
        LocalDate reference = answeredAt != null ? day(answeredAt) : day(now);
        return new Deadline(answerBy, status(AdjustersDeadline.overdue(answerBy, reference), answeredAt));
    }

    private static Status status(boolean late, Instant doneAt) {
        return late ? Status.OVERDUE : doneAt != null ? Status.MET : Status.DUE;
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ClockProducer.SWEDEN);
    }
}
