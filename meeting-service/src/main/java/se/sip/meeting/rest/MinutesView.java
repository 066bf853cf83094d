package se.sip.meeting.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.meeting.Minutes;
import se.sip.meeting.MinutesApproval;
import se.sip.meeting.MinutesStatus;

@Schema(name = "MinutesRevision", description = "One submitted revision of the minutes and the adjusters' answers")
public record MinutesView(
        int revision,
        @Schema(description = "SUBMITTED to the adjusters; APPROVED by both; DRAFT: an adjuster commented and the"
                + " note-taker corrects them (the corrected minutes are the next revision)") MinutesStatus status,
        String text,
        List<String> decisions,
        @Schema(description = "The ids of the invitees who attended") List<UUID> attendees,
        LocalDate nextFollowUp,
        OffsetDateTime submittedAt,
        OffsetDateTime approvedAt,
        List<ApprovalView> approvals) {

    static MinutesView of(Minutes m) {
        return new MinutesView(m.revision, m.status, m.text, List.copyOf(m.decisions), List.copyOf(m.attendees),
                m.nextFollowUp, utc(m.submittedAt), m.approvedAt == null ? null : utc(m.approvedAt),
                m.approvals.stream().map(ApprovalView::of).toList());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    @Schema(name = "MinutesApproval", description = "An adjuster's answer: approved, or a comment on what to correct")
    public record ApprovalView(UUID adjusterId, boolean approved, String comment, OffsetDateTime answeredAt) {

        static ApprovalView of(MinutesApproval a) {
            return new ApprovalView(a.adjusterId, a.approved, a.comment, utc(a.answeredAt));
        }
    }

    @Schema(name = "MinutesHistory", description = "Every revision of a meeting's minutes, oldest first")
    public record History(UUID meetingId, List<MinutesView> revisions) {
    }
}
