package se.sip.meeting.invitation;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.sip.meeting.meeting.MeetingFormat;
import se.sip.meeting.meeting.MeetingSnapshot.InviteeSnapshot;
import se.sip.meeting.meeting.MeetingSnapshot;
import se.sip.meeting.meeting.MeetingStatus;
import se.sip.meeting.meeting.MeetingType;
import se.sip.meeting.meeting.NoticeKind;
import se.sip.platform.calendar.ICalendarWriter;

/**
 * A meeting's invitation as iCalendar (RFC 5545), its times in Swedish local time with the Europe/Stockholm VTIMEZONE
 * it names. The UID stays the meeting's for its whole life and SEQUENCE is the
 * meeting's, so a calendar replaces its entry when the meeting moves and removes it on METHOD:CANCEL. The SUMMARY
 * names only the kind of meeting: the file travels by e-mail and must not say whom it is about. Every value that
 * came with the booking (the organisation, names, addresses, the place, the link) goes through {@link CalendarValues},
 * so none of them can end its line and add a property or an ATTENDEE.
 */
@ApplicationScoped
class InvitationCalendar {

    private final Clock clock;
    private final String organizerEmail;

    InvitationCalendar(Clock clock,
            @ConfigProperty(name = "sip.meeting.organizer-email", defaultValue = "noreply@sip.example.se")
            String organizerEmail) {
        this.clock = clock;
        this.organizerEmail = organizerEmail;
    }

    String of(MeetingSnapshot m) {
        boolean cancelled = m.status() == MeetingStatus.CANCELLED;
        ICalendarWriter ics = new ICalendarWriter()
                .line("BEGIN:VCALENDAR")
                .line("VERSION:2.0")
                .line("PRODID:-//SIP//meeting-service//SV")
                .line("CALSCALE:GREGORIAN")
                .line("METHOD:" + (cancelled ? "CANCEL" : "REQUEST"))
                .stockholmTimeZone()
                .line("BEGIN:VEVENT")
                .line("UID:" + m.invitationUid())
                .line("SEQUENCE:" + m.sequence())
                .line("DTSTAMP:" + ICalendarWriter.utc(clock.instant()))
                .line(ICalendarWriter.local("DTSTART", m.startsAt()))
                .line(ICalendarWriter.local("DTEND", m.startsAt().plus(m.durationMinutes(), ChronoUnit.MINUTES)))
                .line("SUMMARY:" + CalendarValues.text(summary(m.type())))
                .line("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"))
                .line("ORGANIZER;CN=" + CalendarValues.param(m.organiserOrg()) + ":"
                        + CalendarValues.mailto(organizerEmail));
        for (InviteeSnapshot i : m.invitees()) {
            if (i.email() != null) {
                // A kallelse obliges attendance: the invitee is a required participant; an inbjudan leaves it open.
                String role = i.noticeKind() == NoticeKind.KALLELSE ? "REQ-PARTICIPANT" : "OPT-PARTICIPANT";
                ics.line("ATTENDEE;CN=" + CalendarValues.param(i.name()) + ";ROLE=" + role + ";RSVP=TRUE:"
                        + CalendarValues.mailto(i.email()));
            }
        }
        if (m.format() == MeetingFormat.DIGITAL) {
            ics.line("URL:" + CalendarValues.uri(m.videoLink()));
        } else {
            ics.line("LOCATION:" + CalendarValues.text(m.location()));
        }
        return ics.line("END:VEVENT").line("END:VCALENDAR").toString();
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
}
