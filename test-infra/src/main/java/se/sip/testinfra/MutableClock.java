package se.sip.testinfra;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that tells the real time plus an offset the test sets, so that time rules are tested by moving time
 * instead of waiting for it. A service's test produces it as its {@code Clock} bean.
 */
public final class MutableClock extends Clock {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return SWEDEN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
