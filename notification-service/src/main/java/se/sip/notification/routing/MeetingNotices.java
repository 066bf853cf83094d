package se.sip.notification.routing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MeetingAnswerEventData;
import se.sip.platform.events.MeetingEventData;
import se.sip.platform.time.ClockProducer;

/** The notices about meetings: one scheduled, moved or cancelled, and an answer that needs following up. */
final class MeetingNotices {

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

    /** Only a decline by an invitee obliged to attend (kallelse) is news, and for the plan's lead. */
    Notice answer(MeetingAnswerEventData d) {
        if (!d.obligedToAttend() || !"DECLINED".equals(d.answer())) {
            return null;
        }
        Set<String> lead = recipients.lead(null, d.planId());
        return new Notice(lead, "/api/v1/meetings/" + d.meetingId(),
                "En kallad part har tackat nej till mötet. Följ upp.",
                "An invitee obliged to attend declined the meeting. Follow it up.");
    }

    private static String when(OffsetDateTime at) {
        return at == null ? "" : WHEN.format(Instant.from(at).atZone(ClockProducer.SWEDEN));
    }
}
