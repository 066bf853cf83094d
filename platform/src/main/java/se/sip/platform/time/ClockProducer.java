package se.sip.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/**
 * The clock every rule reads. Dates are Swedish calendar dates (a deadline is a date in Europe/Stockholm); tests
 * replace this bean to move time instead of waiting for it.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(SWEDEN);
    }
}
