package se.sip.meeting.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import se.sip.platform.meeting.AdjustersDeadline;

/** One submitted revision of a meeting's minutes, and the adjusters' answers to it. Lazy collections, as Meeting's. */
@Entity
@Table(name = "minutes")
class Minutes {

    @Id
    public UUID id;

    public int revision;

    @Enumerated(EnumType.STRING)
    public MinutesStatus status;

    public String text;

    @ElementCollection
    @CollectionTable(name = "minutes_decision", joinColumns = @JoinColumn(name = "minutes_id"))
    @Column(name = "decision")
    @OrderColumn(name = "position")
    public List<String> decisions = new ArrayList<>();

    /** The invitees who attended, by id. */
    @ElementCollection
    @CollectionTable(name = "minutes_attendee", joinColumns = @JoinColumn(name = "minutes_id"))
    @Column(name = "invitee_id")
    @OrderColumn(name = "position")
    public List<UUID> attendees = new ArrayList<>();

    /** The next follow-up the meeting decided (a Swedish calendar date); null when it decided none. */
    public LocalDate nextFollowUp;

    public Instant submittedAt;

    public String submittedByOrg;

    public Instant approvedAt;

    /** The last day of the adjusters' answer to this revision ({@link AdjustersDeadline}, from its submission). */
    public LocalDate answerBy;

    /** When the adjusters who had not answered were reminded (minutes-answer-due); null until then, set once. */
    public Instant answerDueSentAt;

    /** Why the individual did not attend, in the note-taker's words; null when not given. Never on an event. */
    public String absenceReason;

    @ElementCollection
    @CollectionTable(name = "minutes_approval", joinColumns = @JoinColumn(name = "minutes_id"))
    @OrderColumn(name = "position")
    public List<MinutesApproval> approvals = new ArrayList<>();

    protected Minutes() {
    }

    public Minutes(int revision, MinutesSubmission s, Instant submittedAt, String submittedByOrg) {
        this.id = UUID.randomUUID();
        this.revision = revision;
        this.status = MinutesStatus.SUBMITTED;
        this.text = s.text();
        this.decisions.addAll(s.decisions());
        this.attendees.addAll(s.attendees());
        this.nextFollowUp = s.nextFollowUp();
        this.absenceReason = s.absenceReason();
        this.submittedAt = submittedAt;
        this.submittedByOrg = submittedByOrg;
        this.answerBy = AdjustersDeadline.answerBy(submittedAt);
    }

    public boolean answeredBy(UUID adjusterId) {
        return approvals.stream().anyMatch(a -> a.adjusterId.equals(adjusterId));
    }

    /**
     * Records an adjuster's answer: a comment sends this revision back for correction (DRAFT); when every adjuster
     * has approved it, it is APPROVED.
     */
    public void answer(MinutesApproval approval, int adjusters) {
        approvals.add(approval);
        if (!approval.approved) {
            status = MinutesStatus.DRAFT;
        } else if (approvals.stream().filter(a -> a.approved).count() == adjusters) {
            status = MinutesStatus.APPROVED;
            approvedAt = approval.answeredAt;
        }
    }

    /** When the adjusters' answer to this revision was complete: approved, or sent back by a comment. */
    public Instant answeredAt() {
        return switch (status) {
            case APPROVED -> approvedAt;
            case DRAFT -> approvals.stream().filter(a -> !a.approved).map(a -> a.answeredAt).findFirst().orElse(null);
            case SUBMITTED -> null;
        };
    }
}
