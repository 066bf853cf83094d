package se.sip.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;

import se.sip.notification.outbox.LeaseKeeper;
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
    private final LeaseKeeper leases;

    InvitationMailer(InvitationMails mails, MeetingClient meetings, Mailer mailer, MailConfig config) {
        this.mails = mails;
        this.meetings = meetings;
        this.mailer = mailer;
        this.leases = new LeaseKeeper("invitation-mail", config.lease(), mails::renew);
    }

    @PreDestroy
    void stop() {
        leases.close();
    }

    /**
     * A round: the claimed e-mails one after the other, each leased until it is settled (the later ones of the round
     * too, while they wait), so no other replica's round takes one over meanwhile.
     */
    @Scheduled(every = "${sip.mail.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        List<InvitationMail> claimed;
        try {
            claimed = mails.claim(BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("Invitation e-mail round failed; the e-mails wait for the next: %s", e.getMessage());
            return;
        }
        claimed.forEach(mail -> leases.hold(mail.leaseToken));
        for (InvitationMail mail : claimed) {
            try {
                send(mail);
            } finally {
                leases.release(mail.leaseToken);
            }
        }
    }

    private void send(InvitationMail mail) {
        try {
            if (!mails.stillHeld(mail)) {
                LOG.warnf("Invitation e-mail for meeting %s was taken over by another sender; not sent here",
                        mail.meetingId);
                return;
            }
            MeetingContacts meeting = meetings.meeting(mail.meetingId);
            CalendarAttachment ics = CalendarAttachment.of(meetings.invitation(mail.meetingId));
            String method = ics.method();
            for (MeetingContacts.Invitee invitee : meeting.invitees()) {
                if (invitee.email() != null && !invitee.email().isBlank()) {
                    if (!mails.stillHeld(mail)) {
                        // The lease ran out (meeting-service or SMTP slower than it) and another sender has it now.
                        LOG.warnf("Invitation e-mail for meeting %s was taken over by another sender while it was"
                                + " sent; the rest is left to it", mail.meetingId);
                        return;
                    }
                    // Each recipient's own .ics: it names no other attendee.
                    byte[] attachment = ics.forRecipient(invitee.email()).getBytes(StandardCharsets.UTF_8);
                    mailer.send(Mail.withText(invitee.email(), subject(mail.eventType, meeting), text(mail.eventType,
                            meeting)).addAttachment("invitation.ics", attachment,
                                    "text/calendar; method=" + method + "; charset=UTF-8"));
                }
            }
            mails.sent(mail);
        } catch (MeetingClient.MeetingUnavailable | RuntimeException e) {
            InvitationMails.Failure failure = mails.failed(mail,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            LOG.warnf("Invitation e-mail for meeting %s not sent (%s)%s", mail.meetingId, e.getMessage(),
                    switch (failure) {
                        case RETRIED -> "; it is tried again";
                        case GIVEN_UP -> "; given up";
                        case TAKEN_OVER -> "; another sender has taken it over";
                    });
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
