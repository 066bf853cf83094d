package se.sip.platform.time;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.DefaultBean;

/**
 * The clock every rule reads. Dates are Swedish calendar dates (a deadline is a date in Europe/Stockholm); tests
 * replace this bean to move time instead of waiting for it. {@code sip.clock.offset-file} (never set in production)
 * moves the clock of a running process by the duration written in that file, for the end-to-end tests.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @ConfigProperty(name = "sip.clock.offset-file")
    Optional<Path> offsetFile;

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        if (offsetFile.isPresent()) {
            LOG.warnf("The clock is moved by the duration in %s (sip.clock.offset-file): for tests only",
                    offsetFile.get());
            return new OffsetFileClock(offsetFile.get(), SWEDEN);
        }
        return Clock.system(SWEDEN);
    }
}
