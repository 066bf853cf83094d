package se.sip.platform.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import se.sip.platform.time.ClockProducer;

/**
 * Writes iCalendar (RFC 5545) text the way every calendar client reads it: content lines folded at 75 octets (never
 * inside a UTF-8 character) and ended by CRLF, TEXT values escaped, times either UTC or Swedish local time with the
 * Europe/Stockholm VTIMEZONE that defines it. One place for the rules the invitation, the schedule and the mailed
 * attachment all follow.
 */
public final class ICalendarWriter {

    public static final String TZID = ClockProducer.SWEDEN.getId();

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
            .withZone(ClockProducer.SWEDEN);
    private static final int MAX_OCTETS = 75;
    /**
     * Europe/Stockholm as Sweden keeps it: CEST from the last Sunday of March at 02:00 (since 1981), CET from the last
     * Sunday of October at 03:00 (since 1996), so a calendar shows the Swedish time whatever its own zone. Written
     * out rather than taken from a time-zone database, so the file is the same on every machine; to be revised if
     * the EU's summer-time rules change.
     */
    private static final List<String> STOCKHOLM = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:" + TZID,
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19810329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19961027T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private final StringBuilder ics = new StringBuilder();

    /** Appends one content line, folded. */
    public ICalendarWriter line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
        return this;
    }

    /** Appends the Europe/Stockholm VTIMEZONE that {@link #local} times refer to. */
    public ICalendarWriter stockholmTimeZone() {
        STOCKHOLM.forEach(this::line);
        return this;
    }

    @Override
    public String toString() {
        return ics.toString();
    }

    /** A TEXT value, escaped (backslash, semicolon, comma, line breaks). */
    public static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value (e.g. CN), quoted; quotes and line breaks, which a parameter cannot hold, are replaced. */
    public static String param(String value) {
        return "\"" + value.replace("\"", "'").replace("\r", " ").replace("\n", " ") + "\"";
    }

    /** A DATE-TIME in UTC, whole seconds, e.g. for DTSTAMP. */
    public static String utc(Instant at) {
        return UTC.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A property with a Swedish local time, e.g. {@code DTSTART;TZID=Europe/Stockholm:20270315T100000}. */
    public static String local(String property, Instant at) {
        return property + ";TZID=" + TZID + ":" + LOCAL.format(at.truncatedTo(ChronoUnit.SECONDS));
    }
}
