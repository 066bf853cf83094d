package se.sip.meeting.invitation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import se.sip.platform.calendar.ICalendarWriter;

/**
 * The values the invitation writes, made safe for an iCalendar content line (RFC 5545, 3.1 and 3.3) before the
 * platform's {@link ICalendarWriter} writes and folds them, so that nothing a caller booked (a place, a name, an
 * address, a link) can end the line and add a property or an ATTENDEE. {@link ICalendarWriter#text} and
 * {@link ICalendarWriter#param} handle CR and LF; the other control characters, and the Unicode line and paragraph
 * separators that some readers split lines at, are replaced here with a space first. A CAL-ADDRESS and a URI are
 * percent-encoded (RFC 3986, RFC 6068) where a character may not stand in a URI. Booking refuses such values
 * already (MeetingRequest); this guards meetings stored before it did.
 */
final class CalendarValues {

    private static final String MAILTO = "mailto:";
    /** RFC 3986's unreserved characters, which an address and a link keep as they are. */
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    /**
     * In an address: unreserved, "@" and the atext a mailto URI holds as it is (RFC 6068); not "%", "/", "?", "#",
     * braces and the like, nor ";", ":", ",", quotes, spaces or controls, which are percent-encoded.
     */
    private static final String ADDRESS = UNRESERVED + "!$&'*+=@";
    /** In a link: every character RFC 3986 allows in a URI (a "%" only as a percent-encoding). */
    private static final String LINK = UNRESERVED + ":/?#[]@!$&'()*+,;=";
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private CalendarValues() {
    }

    /** A TEXT value (SUMMARY, LOCATION): escaped; a line break stays one, as {@code \n}. */
    static String text(String value) {
        return ICalendarWriter.text(withoutControls(value, true));
    }

    /** A quoted parameter value (CN): no line break, no control character, no DQUOTE. */
    static String param(String value) {
        return ICalendarWriter.param(withoutControls(value, false));
    }

    /**
     * A CAL-ADDRESS (ORGANIZER, ATTENDEE): {@code mailto:} and the address, whose characters outside an address's
     * usual ones are percent-encoded as UTF-8 (RFC 6068). Letters beyond ASCII stay as they are, as java.net.URI and
     * calendars read them.
     */
    static String mailto(String address) {
        return MAILTO + encoded(address, ADDRESS, false, true);
    }

    /** The address of a {@code mailto:} CAL-ADDRESS, percent-decoded: what {@link #mailto} wrote it from. */
    static String address(String calAddress) {
        return decoded(calAddress.substring(MAILTO.length()));
    }

    /** A URI value (URL): as it is when it is a URI; any character a URI cannot hold percent-encoded as UTF-8. */
    static String uri(String value) {
        return encoded(value, LINK, true, false);
    }

    /** Replaces control characters (CR and LF too, unless kept), line and paragraph separators with a space. */
    private static String withoutControls(String value, boolean keepLineBreaks) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            boolean lineBreak = cp == '\r' || cp == '\n';
            out.appendCodePoint(lineBreak && keepLineBreaks || !unsafe(cp) ? cp : ' ');
        });
        return out.toString();
    }

    /** A character no content line may hold as it is, or that a reader may take for the end of a line. */
    private static boolean unsafe(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * Percent-encodes as UTF-8 every character but the {@code safe} ASCII ones; with {@code keepEncodings} a "%" that
     * starts a percent-encoding stays, with {@code keepOtherLetters} a character beyond ASCII that is no control,
     * space, separator or format character stays (what java.net.URI calls "other").
     */
    private static String encoded(String value, String safe, boolean keepEncodings, boolean keepOtherLetters) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            boolean keep = cp < 0x80 ? safe.indexOf(cp) >= 0 || cp == '%' && keepEncodings && encoding(value, i)
                    : keepOtherLetters && !Character.isISOControl(cp) && !Character.isSpaceChar(cp)
                            && Character.getType(cp) != Character.FORMAT
                            && Character.getType(cp) != Character.SURROGATE;
            if (keep) {
                out.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.toHexDigits(b));
                }
            }
        }
        return out.toString();
    }

    /** Whether the "%" before {@code at} starts a percent-encoding (two hex digits). */
    private static boolean encoding(String value, int at) {
        return at + 2 <= value.length() && HexFormat.isHexDigit(value.charAt(at))
                && HexFormat.isHexDigit(value.charAt(at + 1));
    }

    /** Percent-decodes as UTF-8; a "%" that starts no encoding stays as it is. */
    private static String decoded(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (cp == '%' && encoding(value, i + 1)) {
                bytes.write(HexFormat.fromHexDigits(value, i + 1, i + 3));
                i += 3;
            } else {
                bytes.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
