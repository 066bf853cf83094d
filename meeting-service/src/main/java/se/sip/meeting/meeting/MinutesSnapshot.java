package se.sip.meeting.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One submitted revision of a meeting's minutes and the adjusters' answers to it, as the services answer with it.
 * {@code answerBy} is the last day of the adjusters' answer; {@code absenceReason} why the individual did not attend.
 */
public record MinutesSnapshot(
        int revision,
        MinutesStatus status,
        String text,
        List<String> decisions,
        List<UUID> attendees,
        LocalDate nextFollowUp,
        String absenceReason,
        Instant submittedAt,
        LocalDate answerBy,
        Instant approvedAt,
        List<ApprovalSnapshot> approvals) {

    static MinutesSnapshot of(Minutes m) {
        return new MinutesSnapshot(m.revision, m.status, m.text, List.copyOf(m.decisions), List.copyOf(m.attendees),
                m.nextFollowUp, m.absenceReason, m.submittedAt, m.answerBy, m.approvedAt,
                m.approvals.stream().map(ApprovalSnapshot::of).toList());
    }

    /** An adjuster's answer: approved, or a comment on what to correct. */
    public record ApprovalSnapshot(UUID adjusterId, boolean approved, String comment, Instant answeredAt) {

        static ApprovalSnapshot of(MinutesApproval a) {
            return new ApprovalSnapshot(a.adjusterId, a.approved, a.comment, a.answeredAt);
        }
    }
}
