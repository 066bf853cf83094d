package se.sip.meeting.meeting;

import java.time.Instant;
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

/**
 * The individual's voice before a meeting (seed 000: the individual prepares and states wishes; seed 001: the agenda
 * starts from the individual's own goals): whom they want invited, what they want taken up and how they prefer to
 * meet. One per meeting, replaced when recorded again. In the individual's words: it never leaves meeting-service on
 * an event, and is read at read time. Lazy collections, as Meeting's.
 */
@Entity
@Table(name = "meeting_wishes")
class Wishes {

    @Id
    public UUID meetingId;

    @ElementCollection
    @CollectionTable(name = "meeting_wish_invitee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "wish")
    @OrderColumn(name = "position")
    public List<String> wantsInvited = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_wish_topic", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "topic")
    @OrderColumn(name = "position")
    public List<String> topics = new ArrayList<>();

    /** How the individual prefers to meet; null when they named no preference. */
    @Enumerated(EnumType.STRING)
    public MeetingFormat preferredFormat;

    /** Who recorded the wishes, as they named themselves. */
    public String recordedBy;

    public String recordedByOrg;

    public Instant recordedAt;

    protected Wishes() {
    }

    Wishes(UUID meetingId) {
        this.meetingId = meetingId;
    }

    /** Replaces whatever was recorded before. */
    void replace(IndividualWishes w, String byOrg, Instant at) {
        wantsInvited.clear();
        wantsInvited.addAll(w.wantsInvited());
        topics.clear();
        topics.addAll(w.topics());
        preferredFormat = w.preferredFormat();
        recordedBy = w.recordedBy();
        recordedByOrg = byOrg;
        recordedAt = at;
    }
}
