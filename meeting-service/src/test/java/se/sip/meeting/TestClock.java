package se.sip.meeting;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import se.sip.testinfra.MutableClock;

/** The service's clock in tests: real time unless a test moves it (and moves it back). */
public class TestClock {

    static final MutableClock CLOCK = new MutableClock();

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
