package se.sip.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final long HOUR = 3600;

    @Test
    void aFreshTokenIsRememberedForAMinute() {
        assertEquals(Duration.ofMinutes(1), VerifiedTokens.rememberedFor(seconds(NOW) + HOUR, seconds(NOW), HOUR, NOW));
    }

    @Test
    void neverPastItsExpiry() {
        assertEquals(Duration.ofSeconds(5), VerifiedTokens.rememberedFor(seconds(NOW) + 5, seconds(NOW), HOUR, NOW));
    }

    @Test
    void neverPastItsMaximumAge() {
        long issued = seconds(NOW) - HOUR + 7;
        assertEquals(Duration.ofSeconds(7), VerifiedTokens.rememberedFor(seconds(NOW) + HOUR, issued, HOUR, NOW));
    }

    @Test
    void notAtAllWhenAlreadyPastEither() {
        // Accepted within the clock skew, but then verified afresh on every call.
        assertEquals(Duration.ZERO, VerifiedTokens.rememberedFor(seconds(NOW) - 10, seconds(NOW) - 100, HOUR, NOW));
        assertEquals(Duration.ZERO, VerifiedTokens.rememberedFor(0, seconds(NOW) - HOUR - 10, HOUR, NOW));
    }

    private static long seconds(Instant instant) {
        return instant.getEpochSecond();
    }
}
