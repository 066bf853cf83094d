package se.sip.meeting.meeting;

import java.time.Instant;
import java.time.LocalDate;

import se.sip.platform.time.ClockProducer;

/**
 * A date something is due by (a Swedish calendar date) and where it stands: MET when done by then, DUE while not
 * done and still on time, OVERDUE when not done by then (also when done late).
 */
public record Deadline(LocalDate dueBy, Status status) {

    public enum Status {
        MET, DUE, OVERDUE
    }

    /** A week after {@code from}, in calendar days in Europe/Stockholm. */
    public static Deadline weekAfter(Instant from, Instant doneAt, Instant now) {
        LocalDate dueBy = day(from).plusDays(7);
        LocalDate reference = doneAt != null ? day(doneAt) : day(now);
        Status status = reference.isAfter(dueBy) ? Status.OVERDUE : doneAt != null ? Status.MET : Status.DUE;
        return new Deadline(dueBy, status);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ClockProducer.SWEDEN);
    }
}
