package se.sip.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.notification.routing.Audience;


@Schema(name = "Notification", description = "A notification (avisering) to the caller's organisation: what happened,"
        + " in Swedish and English, and a link to the object. Never a personal identity number or a name: follow the"
        + " link with your own token for the details.")
record NotificationView(
        UUID id,
        @Schema(description = "The CloudEvent id of the event behind it") String eventId,
        @Schema(example = "se.sip.meeting.scheduled.v1") String eventType,
        @Schema(description = "Relative API path of the object", example = "/api/v1/meetings/0b6f3c52-5d0e-4f0e-9a55-1c2d3e4f5a6b")
        String link,
        String textSv,
        String textEn,
        @Schema(description = "Whom in the organisation it is meant for: ALL, whoever works the inbox; MANAGERS, its"
                + " managers (arbetsledare), who must know and decide how to go on, such as when a resource unit"
                + " will not execute the order of a youth assignment. A marking, not an access rule: everyone who"
                + " reads the inbox sees it. GET /api/v1/notifications?audience= filters by it.",
                example = "MANAGERS")
        Audience audience,
        Instant createdAt,
        @Schema(description = "When the organisation marked it read; null while unread", nullable = true)
        Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.eventId, n.eventType, n.link, n.textSv, n.textEn, n.audience,
                n.createdAt, n.readAt);
    }
}
