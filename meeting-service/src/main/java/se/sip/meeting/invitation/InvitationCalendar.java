package se.sip.meeting.invitation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.sip.meeting.Invitee;
import se.sip.meeting.Meeting;
import se.sip.meeting.MeetingFormat;
import se.sip.meeting.MeetingStatus;
import se.sip.meeting.MeetingType;
import se.sip.meeting.NoticeKind;
import se.sip.platform.time.ClockProducer;

/**
 * A meeting's invitation as iCalendar (RFC 5545), its times in Swedish local time with the Europe/Stockholm VTIMEZONE
 * it names. The UID stays the meeting's for its whole life and SEQUENCE is the
 * meeting's, so a calendar replaces its entry when the meeting moves and removes it on METHOD:CANCEL. The SUMMARY
 * names only the kind of meeting: the file travels by e-mail and must not say whom it is about.
 */
@ApplicationScoped
public class InvitationCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String TZID = ClockProducer.SWEDEN.getId();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
            .withZone(ClockProducer.SWEDEN);
    /**
     * Europe/Stockholm as the EU's summer-time rules have had it since 1996: CEST from the last Sunday of March at
     * 02:00, CET from the last Sunday of October at 03:00 (local times), so a calendar shows the Swedish time whatever
     * its own zone.
     */
    private static final List<String> VTIMEZONE = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:" + TZID,
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19960331T020000",
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
    private static final int MAX_OCTETS = 75;

    private final Clock clock;
    private final String organizerEmail;

    InvitationCalendar(Clock clock,
            @ConfigProperty(name = "sip.meeting.organizer-email", defaultValue = "noreply@sip.example.se")
            String organizerEmail) {
        this.clock = clock;
        this.organizerEmail = organizerEmail;
    }

    public String of(Meeting m) {
        boolean cancelled = m.status == MeetingStatus.CANCELLED;
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//SIP//meeting-service//SV");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + (cancelled ? "CANCEL" : "REQUEST"));
        VTIMEZONE.forEach(l -> line(ics, l));
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uidOf(m));
        line(ics, "SEQUENCE:" + m.sequence);
        line(ics, "DTSTAMP:" + UTC.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        line(ics, "DTSTART;TZID=" + TZID + ":" + LOCAL.format(m.startsAt));
        line(ics, "DTEND;TZID=" + TZID + ":" + LOCAL.format(m.startsAt.plus(m.durationMinutes, ChronoUnit.MINUTES)));
        line(ics, "SUMMARY:" + text(summary(m.type)));
        line(ics, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        line(ics, "ORGANIZER;CN=" + param(m.organiserOrg) + ":mailto:" + organizerEmail);
        for (Invitee i : m.invitees) {
            if (i.email != null) {
                // A kallelse obliges attendance: the invitee is a required participant; an inbjudan leaves it open.
                String role = i.noticeKind == NoticeKind.KALLELSE ? "REQ-PARTICIPANT" : "OPT-PARTICIPANT";
                line(ics, "ATTENDEE;CN=" + param(i.name) + ";ROLE=" + role + ";RSVP=TRUE:mailto:" + i.email);
            }
        }
        if (m.format == MeetingFormat.DIGITAL) {
            line(ics, "URL:" + m.videoLink);
        } else {
            line(ics, "LOCATION:" + text(m.location));
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** The invitation's UID, the same for the meeting's whole life; calendar replies name it. */
    public static String uidOf(Meeting m) {
        return m.id + "@sip";
    }

    /** The kind of meeting in Swedish, and nothing about the person. */
    static String summary(MeetingType type) {
        return switch (type) {
            case SIP -> "SIP-möte";
            case COLLABORATION -> "Samverkansmöte";
            case OFFICIALS -> "Tjänstemannamöte";
            case FOLLOW_UP -> "Uppföljningsmöte";
            case START_UP -> "Uppstartsmöte";
        };
    }

    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    private static String param(String value) {
        return "\"" + value.replace("\"", "'").replace("\r", " ").replace("\n", " ") + "\"";
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
