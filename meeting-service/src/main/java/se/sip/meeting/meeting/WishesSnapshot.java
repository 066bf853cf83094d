package se.sip.meeting.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The individual's wishes before a meeting as the service answers with them, made inside its transaction. */
public record WishesSnapshot(UUID meetingId, List<String> wantsInvited, List<String> topics,
        MeetingFormat preferredFormat, String recordedBy, String recordedByOrg, Instant recordedAt) {

    static WishesSnapshot of(Wishes w) {
        return new WishesSnapshot(w.meetingId, List.copyOf(w.wantsInvited), List.copyOf(w.topics), w.preferredFormat,
                w.recordedBy, w.recordedByOrg, w.recordedAt);
    }
}
