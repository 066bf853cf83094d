package se.sip.testinfra;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import se.sip.platform.time.ClockProducer;

/**
 * A service's clock in its tests: real time unless a test moves it (and moves it back), so time rules are tested by
 * moving time instead of waiting for it. test-infra is a bean archive, so every service's tests have it as their
 * {@code Clock} bean in place of the platform's default.
 */
@Dependent
public class TestClock {

    public static final MutableClock CLOCK = new MutableClock();

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }

    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    /** Moves the clock to noon (Europe/Stockholm) of {@code day}, far from any midnight. */
    public static void moveTo(LocalDate day) {
        CLOCK.advance(Duration.between(CLOCK.instant(), day.atTime(12, 0).atZone(ClockProducer.SWEDEN).toInstant()));
    }
}
