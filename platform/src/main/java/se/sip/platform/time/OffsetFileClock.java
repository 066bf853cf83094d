package se.sip.platform.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The system clock moved ahead by the ISO-8601 duration written in a file ({@code P61D}; no file or an empty one is
 * no offset). It lets a test move time inside services that run as separate processes, as the end-to-end suite does;
 * several processes reading one file share one time. The file is read again only when it changed: a writer replaces it
 * (a new file moved over the old one), as a modification time alone can miss two writes within one clock tick.
 */
final class OffsetFileClock extends Clock {

    private final Path file;
    private final ZoneId zone;
    private List<Object> readVersion;
    private Duration offset = Duration.ZERO;

    OffsetFileClock(Path file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new OffsetFileClock(file, zone);
    }

    synchronized Duration offset() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            List<Object> version = List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime(),
                    attributes.size());
            if (!version.equals(readVersion)) {
                String text = Files.readString(file).strip();
                offset = text.isEmpty() ? Duration.ZERO : Duration.parse(text);
                readVersion = version;
            }
        } catch (NoSuchFileException e) {
            offset = Duration.ZERO;
            readVersion = null;
        } catch (IOException e) {
            throw new UncheckedIOException("The clock offset file " + file + " cannot be read", e);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("The clock offset file " + file + " must hold an ISO-8601 duration such"
                    + " as P61D", e);
        }
        return offset;
    }
}
