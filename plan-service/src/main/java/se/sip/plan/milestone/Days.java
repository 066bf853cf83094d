package se.sip.plan.milestone;

import java.time.Instant;
import java.time.LocalDate;

import se.sip.platform.time.ClockProducer;

/** The calendar the time rules count in: Europe/Stockholm dates, a week of seven days. */
final class Days {

    static final int WEEK = 7;

    private Days() {
    }

    /** The Europe/Stockholm date of an instant; null for null. */
    static LocalDate of(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ClockProducer.SWEDEN);
    }
}
