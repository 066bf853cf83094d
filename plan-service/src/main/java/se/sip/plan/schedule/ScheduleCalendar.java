package se.sip.plan.schedule;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import se.sip.platform.time.ClockProducer;

/**
 * The schedule as iCalendar (RFC 5545): one VEVENT per item with the item's stable UID, meetings at their local time
 * in Europe/Stockholm (TZID, with the VTIMEZONE that defines it), actions as all-day events from their first to their
 * last day. Texts name what happens and who is responsible, never the person. No METHOD: it is a calendar to
 * read or import, not an iTIP request (meeting-service sends the invitations).
 */
final class ScheduleCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String TZID = "Europe/Stockholm";
    private static final int MAX_OCTETS = 75;

    /** Central European Time with EU summer time (last Sunday of March to last Sunday of October), as Sweden keeps. */
    private static final String[] VTIMEZONE = {
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
        "END:VTIMEZONE",
    };

    private ScheduleCalendar() {
    }

    static String of(Schedule schedule) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//SIP//plan-service schedule//SV");
        line(ics, "CALSCALE:GREGORIAN");
        for (String l : VTIMEZONE) {
            line(ics, l);
        }
        String stamp = UTC.format(schedule.generatedAt().truncatedTo(ChronoUnit.SECONDS));
        for (ScheduleItem item : schedule.items()) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + item.uid());
            line(ics, "DTSTAMP:" + stamp);
            if (item.isMeeting()) {
                line(ics, "DTSTART;TZID=" + TZID + ":" + LOCAL.format(item.startsAt().atZoneSameInstant(ClockProducer.SWEDEN)));
                if (item.endsAt() != null) {
                    line(ics, "DTEND;TZID=" + TZID + ":" + LOCAL.format(item.endsAt().atZoneSameInstant(ClockProducer.SWEDEN)));
                }
                line(ics, "SUMMARY:" + text(item.title()));
                line(ics, "DESCRIPTION:" + text(SwedishText.format(item.format())));
            } else {
                var first = item.startOn() != null ? item.startOn() : item.dueOn();
                line(ics, "DTSTART;VALUE=DATE:" + DATE.format(first));
                // DTEND of an all-day event is the day after the last (exclusive).
                line(ics, "DTEND;VALUE=DATE:" + DATE.format(item.dueOn().plusDays(1)));
                line(ics, "SUMMARY:" + text(item.title()));
                line(ics, "DESCRIPTION:" + text("Ansvarig: " + item.responsibleName() + ". " + item.description()));
                line(ics, "TRANSP:TRANSPARENT");
            }
            line(ics, "STATUS:CONFIRMED");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 character), ended by CRLF. */
    private static void line(StringBuilder ics, String content) {
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
    }
}
