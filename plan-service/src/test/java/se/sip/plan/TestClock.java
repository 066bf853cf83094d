package se.sip.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import se.sip.platform.time.ClockProducer;
import se.sip.testinfra.MutableClock;

/** The service's clock in tests: real time unless a test moves it (and moves it back). */
public class TestClock {

    static final MutableClock CLOCK = new MutableClock();

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }

    static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    /** Moves the clock to noon (Europe/Stockholm) of {@code day}, far from any midnight. */
    static void moveTo(LocalDate day) {
        CLOCK.advance(Duration.between(CLOCK.instant(), day.atTime(12, 0).atZone(ClockProducer.SWEDEN).toInstant()));
    }
}
