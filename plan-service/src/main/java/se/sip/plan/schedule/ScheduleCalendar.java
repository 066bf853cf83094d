package se.sip.plan.schedule;

import java.time.format.DateTimeFormatter;

import se.sip.platform.calendar.ICalendarWriter;


/**
 * The schedule as iCalendar (RFC 5545): one VEVENT per item with the item's stable UID, meetings at their local time
 * in Europe/Stockholm (TZID, with the VTIMEZONE that defines it), actions as all-day events from their first to their
 * last day. Texts name what happens and who is responsible, never the person. No METHOD: it is a calendar to
 * read or import, not an iTIP request (meeting-service sends the invitations).
 */
final class ScheduleCalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private ScheduleCalendar() {
    }

    static String of(Schedule schedule) {
        ICalendarWriter ics = new ICalendarWriter()
                .line("BEGIN:VCALENDAR")
                .line("VERSION:2.0")
                .line("PRODID:-//SIP//plan-service schedule//SV")
                .line("CALSCALE:GREGORIAN")
                .stockholmTimeZone();
        String stamp = ICalendarWriter.utc(schedule.generatedAt());
        for (ScheduleItem item : schedule.items()) {
            ics.line("BEGIN:VEVENT").line("UID:" + item.uid()).line("DTSTAMP:" + stamp);
            if (item.isMeeting()) {
                ics.line(ICalendarWriter.local("DTSTART", item.startsAt().toInstant()));
                if (item.endsAt() != null) {
                    ics.line(ICalendarWriter.local("DTEND", item.endsAt().toInstant()));
                }
                ics.line("SUMMARY:" + ICalendarWriter.text(item.title()))
                        .line("DESCRIPTION:" + ICalendarWriter.text(SwedishText.format(item.format())
                                + (item.organisations() == null || item.organisations().isEmpty() ? ""
                                        : " Inbjudna: " + String.join(", ", item.organisations()) + ".")));
                if (item.location() != null) {
                    ics.line("LOCATION:" + ICalendarWriter.text(item.location()));
                }
                if (item.videoLink() != null) {
                    ics.line("URL:" + item.videoLink().replaceAll("[\\r\\n]", ""));
                }
            } else {
                var first = item.startOn() != null ? item.startOn() : item.dueOn();
                ics.line("DTSTART;VALUE=DATE:" + DATE.format(first))
                        // DTEND of an all-day event is the day after the last (exclusive).
                        .line("DTEND;VALUE=DATE:" + DATE.format(item.dueOn().plusDays(1)))
                        .line("SUMMARY:" + ICalendarWriter.text(item.title()))
                        .line("DESCRIPTION:" + ICalendarWriter.text("Ansvarig: " + item.responsibleName() + ". "
                                + item.description()))
                        .line("TRANSP:TRANSPARENT");
            }
            ics.line("STATUS:CONFIRMED").line("END:VEVENT");
        }
        return ics.line("END:VCALENDAR").toString();
    }
}
