package se.sip.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetFileClockTest {

    @TempDir
    Path dir;

    @Test
    void withoutTheFileTheClockIsTheSystemClock() {
        OffsetFileClock clock = new OffsetFileClock(dir.resolve("offset"), ClockProducer.SWEDEN);

        assertEquals(Duration.ZERO, clock.offset());
        assertNear(Instant.now(), clock.instant());
    }

    @Test
    void theClockFollowsEveryNewOffsetWrittenToTheFile() throws IOException {
        Path file = dir.resolve("offset");
        OffsetFileClock clock = new OffsetFileClock(file, ClockProducer.SWEDEN);

        replace(file, "P61D");
        assertNear(Instant.now().plus(Duration.ofDays(61)), clock.instant());
        replace(file, "P92DT2H\n");
        assertNear(Instant.now().plus(Duration.ofDays(92).plusHours(2)), clock.instant());
        replace(file, "");
        assertNear(Instant.now(), clock.instant());
        Files.delete(file);
        assertNear(Instant.now(), clock.instant());
    }

    @Test
    void anOffsetThatIsNoDurationIsAClearError() throws IOException {
        Path file = dir.resolve("offset");
        replace(file, "61 days");
        OffsetFileClock clock = new OffsetFileClock(file, ClockProducer.SWEDEN);

        IllegalStateException e = assertThrows(IllegalStateException.class, clock::instant);
        assertTrue(e.getMessage().contains("ISO-8601 duration"), e.getMessage());
    }

    /** As a writer must: a new file moved over the old one. */
    private void replace(Path file, String offset) throws IOException {
        Path next = Files.writeString(Files.createTempFile(dir, "offset", ".tmp"), offset);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void assertNear(Instant expected, Instant actual) {
        assertTrue(Duration.between(expected, actual).abs().compareTo(Duration.ofSeconds(5)) < 0,
                "expected about " + expected + ", was " + actual);
    }
}
