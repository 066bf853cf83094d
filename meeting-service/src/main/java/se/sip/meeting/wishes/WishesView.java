package se.sip.meeting.wishes;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.meeting.meeting.MeetingFormat;
import se.sip.meeting.meeting.WishesSnapshot;

@Schema(name = "MeetingWishes", description = "The individual's wishes before the meeting, as last recorded")
record WishesView(
        UUID meetingId,
        @Schema(description = "Whom the individual wants invited") List<String> wantsInvited,
        @Schema(description = "What the individual wants the meeting to take up") List<String> topics,
        @Schema(description = "How the individual prefers to meet; null when they named no preference")
        MeetingFormat preferredFormat,
        @Schema(description = "Who recorded the wishes") String recordedBy,
        @Schema(description = "The organisation that recorded them") String recordedByOrg,
        OffsetDateTime recordedAt) {

    static WishesView of(WishesSnapshot w) {
        return new WishesView(w.meetingId(), w.wantsInvited(), w.topics(), w.preferredFormat(), w.recordedBy(),
                w.recordedByOrg(), w.recordedAt().atOffset(ZoneOffset.UTC));
    }
}
