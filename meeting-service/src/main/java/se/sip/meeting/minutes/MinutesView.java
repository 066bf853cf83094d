package se.sip.meeting.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.meeting.meeting.MeetingView.ApprovalView;
import se.sip.meeting.meeting.MinutesSnapshot;
import se.sip.meeting.meeting.MinutesStatus;

@Schema(name = "MinutesRevision", description = "One submitted revision of the minutes and the adjusters' answers")
record MinutesView(
        int revision,
        @Schema(description = "SUBMITTED to the adjusters; APPROVED by both; DRAFT: an adjuster commented and the"
                + " note-taker corrects them (the corrected minutes are the next revision)") MinutesStatus status,
        String text,
        List<String> decisions,
        @Schema(description = "The ids of the invitees who attended") List<UUID> attendees,
        LocalDate nextFollowUp,
        @Schema(description = "Why the individual did not attend; null when not given") String absenceReason,
        OffsetDateTime submittedAt,
        @Schema(description = "The last day of the adjusters' answer to this revision (a week after its submission,"
                + " Europe/Stockholm)") LocalDate answerBy,
        OffsetDateTime approvedAt,
        List<ApprovalView> approvals) {

    static MinutesView of(MinutesSnapshot m) {
        return new MinutesView(m.revision(), m.status(), m.text(), m.decisions(), m.attendees(), m.nextFollowUp(),
                m.absenceReason(), utc(m.submittedAt()), m.answerBy(),
                m.approvedAt() == null ? null : utc(m.approvedAt()), ApprovalView.of(m.approvals()));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    @Schema(name = "MinutesHistory", description = "Every revision of a meeting's minutes, oldest first")
    record History(UUID meetingId, List<MinutesView> revisions) {
    }
}
