package se.sip.notification.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import se.sip.platform.calendar.ICalendarWriter;

/**
 * meeting-service's .ics made fit for one recipient's e-mail: of the ATTENDEE lines only the recipient's own stays
 * (compared without case, its {@code mailto:} percent-decoded), so that no invitee's mail reveals the others'
 * addresses; and its name (CN) is dropped, since the individual may be an attendee and a mail must not name the
 * person. Every other line stays as meeting-service wrote it, folded again at 75 octets as it was. The lines are
 * unfolded on the octets, before they are read as UTF-8, so a fold inside a character (RFC 5545, 3.1) is undone too.
 * The METHOD (REQUEST or CANCEL) is read for the attachment's content type.
 */
final class CalendarAttachment {

    private static final String ATTENDEE = "ATTENDEE";
    private static final String MAILTO = "mailto:";

    /** The content lines, unfolded. */
    private final List<String> lines;

    private CalendarAttachment(List<String> lines) {
        this.lines = lines;
    }

    /** meeting-service's .ics, as it answered it. */
    static CalendarAttachment of(byte[] ics) {
        List<String> lines = new ArrayList<>();
        for (String line : new String(unfolded(ics), StandardCharsets.UTF_8).split("\r?\n")) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return new CalendarAttachment(lines);
    }

    /** The .ics for {@code recipient}: one ATTENDEE, the recipient's (without CN), if the invitation names it. */
    String forRecipient(String recipient) {
        ICalendarWriter out = new ICalendarWriter();
        boolean attendeeWritten = false;
        for (String line : lines) {
            ContentLine content = ContentLine.of(line);
            if (!content.name().equalsIgnoreCase(ATTENDEE)) {
                out.line(line);
            } else if (!attendeeWritten && recipient.equalsIgnoreCase(address(content.value()))) {
                out.line(content.withoutParameter("CN"));
                attendeeWritten = true;
            }
        }
        return out.toString();
    }

    /** REQUEST or CANCEL, as the calendar's METHOD says. */
    String method() {
        for (String line : lines) {
            if (line.startsWith("METHOD:")) {
                return line.substring("METHOD:".length()).trim();
            }
        }
        return "REQUEST";
    }

    /** Removes each fold: CRLF (or a bare LF) followed by one space or tab. */
    private static byte[] unfolded(byte[] ics) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(ics.length);
        for (int i = 0; i < ics.length; i++) {
            int lineBreak = ics[i] == '\r' && i + 1 < ics.length && ics[i + 1] == '\n' ? 2 : ics[i] == '\n' ? 1 : 0;
            int after = i + lineBreak;
            if (lineBreak > 0 && after < ics.length && (ics[after] == ' ' || ics[after] == '\t')) {
                i = after; // the line break and the one space or tab after it
            } else {
                out.write(ics[i]);
            }
        }
        return out.toByteArray();
    }

    /** The address of a {@code mailto:} CAL-ADDRESS, percent-decoded as UTF-8; null for another kind of address. */
    private static String address(String calAddress) {
        if (!calAddress.regionMatches(true, 0, MAILTO, 0, MAILTO.length())) {
            return null;
        }
        String address = calAddress.substring(MAILTO.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(address.length());
        for (int i = 0; i < address.length(); ) {
            int cp = address.codePointAt(i);
            if (cp == '%' && i + 3 <= address.length() && HexFormat.isHexDigit(address.charAt(i + 1))
                    && HexFormat.isHexDigit(address.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(address, i + 1, i + 3));
                i += 3;
            } else {
                bytes.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * One unfolded content line (RFC 5545, 3.1): its name, its parameters (each {@code ;NAME=value}, a value perhaps
     * quoted, where ";" and ":" are text) and its value, after the first colon outside quotes.
     */
    private record ContentLine(String name, List<String> parameters, String value) {

        static ContentLine of(String line) {
            List<String> parts = new ArrayList<>();
            boolean quoted = false;
            int start = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == ';' || c == ':')) {
                    parts.add(line.substring(start, i));
                    start = i + 1;
                    if (c == ':') {
                        return new ContentLine(parts.get(0), parts.subList(1, parts.size()), line.substring(start));
                    }
                }
            }
            return new ContentLine(line, List.of(), "");
        }

        /** The line again, without the parameter {@code parameter} (compared without case). */
        String withoutParameter(String parameter) {
            StringBuilder line = new StringBuilder(name);
            for (String p : parameters) {
                int equals = p.indexOf('=');
                String pName = equals < 0 ? p : p.substring(0, equals);
                if (!pName.toUpperCase(Locale.ROOT).equals(parameter)) {
                    line.append(';').append(p);
                }
            }
            return line.append(':').append(value).toString();
        }
    }
}
