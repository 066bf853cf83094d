package se.sip.notification.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * meeting-service's .ics made fit for e-mail: the attendees' names (CN) are dropped, since the individual may be
 * an attendee and a mail must not name the person; their addresses stay so that calendars match the invitees. The
 * METHOD (REQUEST or CANCEL) is read for the attachment's content type.
 */
final class CalendarAttachment {

    private static final Pattern COMMON_NAME = Pattern.compile(";CN=(\"[^\"]*\"|[^;:]*)");
    private static final int MAX_OCTETS = 75;

    private CalendarAttachment() {
    }

    static String withoutAttendeeNames(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder();
        for (String line : unfolded.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            fold(out, line.toUpperCase(Locale.ROOT).startsWith("ATTENDEE")
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

    /** Appends a content line folded at 75 octets (never inside a UTF-8 character), ended by CRLF (RFC 5545). */
    private static void fold(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
