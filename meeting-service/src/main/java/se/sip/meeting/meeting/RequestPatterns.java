package se.sip.meeting.meeting;

/**
 * The patterns a booking's link and e-mail addresses match (bean validation, and the OpenAPI document's
 * {@code pattern}): values that go into the invitation's iCalendar and the invitation e-mails, where a line break, a
 * quote or a delimiter must not be able to add anything.
 */
final class RequestPatterns {

    /** One character of a path, query or fragment (RFC 3986 pchar, "/" and "?"), or a percent-encoding. */
    private static final String URL_CHAR = "(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})";

    /** One label of a host name. */
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

    /**
     * An absolute https URL (RFC 3986) whose host is a name of letters, digits and hyphens (no user info, no IP
     * literal), with an optional port, path, query and fragment of URI characters, anything else percent-encoded.
     * Anchored and ASCII only, so that Java and ECMA-262 (the OpenAPI pattern, as partners' validators read it) agree.
     */
    static final String HTTPS_URL = "^https://" + LABEL + "(?:\\." + LABEL + ")*(?::[0-9]{1,5})?"
            + "(?:/" + URL_CHAR + "*)?(?:\\?" + URL_CHAR + "*)?(?:#" + URL_CHAR + "*)?$";

    /**
     * What @Email accepts must also be a plain address: none of the characters that could end a line (controls, C1
     * controls, U+2028, U+2029) or make it more than an address in a CAL-ADDRESS or a mail header (spaces, quotes,
     * parentheses, comma, colon, semicolon, angle and square brackets, backslash). Anchored, with escapes that Java
     * and ECMA-262 read alike.
     */
    static final String PLAIN_ADDRESS = "^[^\\u0000-\\u0020\\u007F-\\u009F\\u2028\\u2029\"(),:;<>\\[\\]\\\\]+$";

    private RequestPatterns() {
    }
}
