package se.sip.notification.routing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MeetingAnswerEventData;
import se.sip.platform.events.MeetingEventData;
import se.sip.platform.time.ClockProducer;

/**
 * The notices about meetings: one scheduled, moved or cancelled, and an answer someone must act on (a declined
 * kallelse, a proposed new time).
 */
final class MeetingNotices {

    private static final String PROPOSED_NEW_TIME = "PROPOSED_NEW_TIME";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Recipients recipients;

    MeetingNotices(Recipients recipients) {
        this.recipients = recipients;
    }

    Notice meeting(String type, MeetingEventData d) {
        String link = "/api/v1/meetings/" + d.meetingId();
        String when = when(d.startsAt());
        Set<String> invitees = OrgIds.union(d.inviteeOrgIds(), Set.of());
        return switch (type) {
            case EventTypes.MEETING_SCHEDULED -> new Notice(invitees, link,
                    "Kallelse till " + MeetingKinds.swedish(d.type()) + " " + when + ".",
                    "Invitation to a " + MeetingKinds.english(d.type()) + " on " + when + ".");
            case EventTypes.MEETING_RESCHEDULED -> new Notice(invitees, link,
                    MeetingKinds.swedishCapitalised(d.type()) + " har flyttats till " + when + ".",
                    "A " + MeetingKinds.english(d.type()) + " has moved to " + when + ".");
            default -> new Notice(invitees, link,
                    MeetingKinds.swedishCapitalised(d.type()) + " " + when + " är inställt.",
                    "The " + MeetingKinds.english(d.type()) + " on " + when + " is cancelled.");
        };
    }

    /**
     * Two answers are news: a decline by an invitee obliged to attend (kallelse), for the plan's lead to follow up,
     * and a proposed new time, for the chair's organisation (the event's; for a meeting booked before it was recorded,
     * the plan's lead) to decide on. The others are read on the meeting.
     */
    Notice answer(MeetingAnswerEventData d) {
        String link = "/api/v1/meetings/" + d.meetingId();
        if (PROPOSED_NEW_TIME.equals(d.answer())) {
            String proposed = d.proposedStartsAt() == null ? "" : ": " + when(d.proposedStartsAt());
            // The chair's organisation, else (named by no event) the lead the projection knows.
            Set<String> chair = recipients.lead(d.chairOrgId(), d.planId());
            return new Notice(chair, link,
                    "En inbjuden föreslår en ny tid för mötet" + proposed + ". Ta ställning till förslaget.",
                    "An invitee proposes a new time for the meeting" + proposed + ". Decide on the proposal.");
        }
        if (!d.obligedToAttend() || !"DECLINED".equals(d.answer())) {
            return null;
        }
        Set<String> lead = recipients.lead(null, d.planId());
        return new Notice(lead, link,
                "En kallad part har tackat nej till mötet. Följ upp.",
                "An invitee obliged to attend declined the meeting. Follow it up.");
    }

    /** A time as the notices say it: Europe/Stockholm, to the minute; empty when there is none. */
    static String when(OffsetDateTime at) {
        return at == null ? "" : WHEN.format(Instant.from(at).atZone(ClockProducer.SWEDEN));
    }
}
