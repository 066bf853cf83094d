package se.sip.notification.mail;

import java.util.Locale;
import java.util.regex.Pattern;

import se.sip.platform.calendar.ICalendarWriter;

/**
 * meeting-service's .ics made fit for e-mail: the attendees' names (CN) are dropped, since the individual may be
 * an attendee and a mail must not name the person; their addresses stay so that calendars match the invitees. The
 * METHOD (REQUEST or CANCEL) is read for the attachment's content type.
 */
final class CalendarAttachment {

    private static final Pattern COMMON_NAME = Pattern.compile(";CN=(\"[^\"]*\"|[^;:]*)");

    private CalendarAttachment() {
    }

    static String withoutAttendeeNames(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        ICalendarWriter out = new ICalendarWriter();
        for (String line : unfolded.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            out.line(line.toUpperCase(Locale.ROOT).startsWith("ATTENDEE")
                    ? COMMON_NAME.matcher(line).replaceAll("") : line);
        }
        return out.toString();
    }

    /** REQUEST or CANCEL, as the calendar's METHOD says. */
    static String method(String ics) {
        for (String line : ics.split("\r\n")) {
            if (line.startsWith("METHOD:")) {
                return line.substring("METHOD:".length()).trim();
            }
        }
        return "REQUEST";
    }
}
