package se.sip.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;

import se.sip.platform.events.EventTypes;
import se.sip.platform.time.ClockProducer;

/**
 * Sends the invitation e-mails over SMTP: to each invitee with an e-mail address, a short text in Swedish and
 * English with the meeting's time and a link, and the invitation as a {@code text/calendar; method=REQUEST} (or
 * CANCEL) part of a multipart/mixed message, an .ics that names the recipient alone among the attendees. Addresses
 * and the .ics are fetched from meeting-service now, so a meeting that moved or was cancelled since is mailed as it
 * is. No personal identity number and no name: the text is built here from the meeting's kind and time only.
 */
@ApplicationScoped
class InvitationMailer {

    private static final Logger LOG = Logger.getLogger(InvitationMailer.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int BATCH = 20;

    private final InvitationMails mails;
    private final MeetingClient meetings;
    private final Mailer mailer;

    InvitationMailer(InvitationMails mails, MeetingClient meetings, Mailer mailer) {
        this.mails = mails;
        this.meetings = meetings;
        this.mailer = mailer;
    }

    @Scheduled(every = "${sip.mail.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            mails.claim(BATCH).forEach(this::send);
        } catch (RuntimeException e) {
            LOG.warnf("Invitation e-mail round failed; the e-mails wait for the next: %s", e.getMessage());
        }
    }

    private void send(InvitationMail mail) {
        try {
            MeetingContacts meeting = meetings.meeting(mail.meetingId);
            CalendarAttachment ics = CalendarAttachment.of(meetings.invitation(mail.meetingId));
            String method = ics.method();
            for (MeetingContacts.Invitee invitee : meeting.invitees()) {
                if (invitee.email() != null && !invitee.email().isBlank()) {
                    // Each recipient's own .ics: it names no other attendee.
                    byte[] attachment = ics.forRecipient(invitee.email()).getBytes(StandardCharsets.UTF_8);
                    mailer.send(Mail.withText(invitee.email(), subject(mail.eventType, meeting), text(mail.eventType,
                            meeting)).addAttachment("invitation.ics", attachment,
                                    "text/calendar; method=" + method + "; charset=UTF-8"));
                }
            }
            mails.sent(mail.id);
        } catch (MeetingClient.MeetingUnavailable | RuntimeException e) {
            boolean again = mails.failed(mail.id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            LOG.warnf("Invitation e-mail for meeting %s not sent (%s)%s", mail.meetingId, e.getMessage(),
                    again ? "; it is tried again" : "; given up");
        }
    }

    static String subject(String eventType, MeetingContacts m) {
        String when = when(m);
        if (m.cancelled()) {
            return "Inställt möte " + when + " / Meeting cancelled";
        }
        if (EventTypes.MEETING_RESCHEDULED.equals(eventType)) {
            return "Mötet har flyttats till " + when + " / Meeting moved";
        }
        return "Kallelse till möte " + when + " / Meeting invitation";
    }

    static String text(String eventType, MeetingContacts m) {
        String when = when(m);
        String link = "/api/v1/meetings/" + m.id();
        if (m.cancelled()) {
            return "Mötet " + when + " (svensk tid) är inställt. Kalendern uppdateras med bilagan.\nMötet: " + link
                    + "\n\nThe meeting on " + when + " (Swedish time) is cancelled. The attachment updates your"
                    + " calendar.\nMeeting: " + link + "\n";
        }
        String sv = EventTypes.MEETING_RESCHEDULED.equals(eventType) ? "Mötet har flyttats till " + when
                : "Ni kallas till ett möte " + when;
        String en = EventTypes.MEETING_RESCHEDULED.equals(eventType) ? "The meeting has moved to " + when
                : "You are invited to a meeting on " + when;
        return sv + " (svensk tid). Kalenderinbjudan finns i bilagan.\nMötet: " + link + "\n\n" + en
                + " (Swedish time). The calendar invitation is attached.\nMeeting: " + link + "\n";
    }

    private static String when(MeetingContacts m) {
        return m.startsAt() == null ? "" : WHEN.format(m.startsAt().atZoneSameInstant(ClockProducer.SWEDEN));
    }
}
