package se.sip.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** A meeting about one person's plan, and whom it calls. */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    /** The twelve digits; only ever returned to organisations that may see this meeting. */
    @Column(name = "person_id")
    public String personId;

    @Column(name = "person_ref")
    public String personRef;

    @Enumerated(EnumType.STRING)
    public MeetingType type;

    @Enumerated(EnumType.STRING)
    public MeetingStatus status;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    @Enumerated(EnumType.STRING)
    public MeetingFormat format;

    public String location;

    @Column(name = "video_link")
    public String videoLink;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_invitee", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<Invitee> invitees = new ArrayList<>();

    public String chair;

    @Column(name = "note_taker")
    public String noteTaker;

    /** The note-taker's organisation: only it submits the minutes. */
    @Column(name = "note_taker_org")
    public String noteTakerOrg;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_adjuster", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<Adjuster> adjusters = new ArrayList<>();

    @Column(name = "organiser_org")
    public String organiserOrg;

    @Column(name = "organiser_sub")
    public String organiserSub;

    /** The consent consent-service named when the meeting was booked (CONVENE_MEETING). */
    @Column(name = "consent_id")
    public UUID consentId;

    /** The invitation's iCalendar SEQUENCE: 0 when booked, one more with each rescheduling. */
    public int sequence;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_response", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<InvitationResponse> responses = new ArrayList<>();

    @Column(name = "held_at")
    public Instant heldAt;

    /** The invitees who took part, as recorded when the meeting was held. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "invitee_id")
    @OrderColumn(name = "position")
    public List<UUID> attendees = new ArrayList<>();

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** The minutes as submitted, revision by revision; read separately from the meeting's other collections. */
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderBy("revision")
    @Fetch(FetchMode.SUBSELECT)
    public List<Minutes> minutes = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    /** Set by every change, so that a change of the minutes alone raises the version too. */
    @Column(name = "changed_at")
    public Instant changedAt;

    @Version
    public int version;

    public Optional<Invitee> invitee(UUID inviteeId) {
        return invitees.stream().filter(i -> i.id.equals(inviteeId)).findFirst();
    }

    /**
     * Who answers for an invitee: an organisation for its own invitee; the organiser's organisation for those without
     * one (the individual, relatives), whose answers reach it by phone, letter or mail.
     */
    public boolean mayAnswerFor(Invitee invitee, String orgId) {
        return orgId.equals(invitee.orgId != null ? invitee.orgId : organiserOrg);
    }

    /** The invitee a calendar reply's ATTENDEE names; e-mail addresses compare without case. */
    public Optional<Invitee> inviteeByEmail(String email) {
        return invitees.stream().filter(i -> i.email != null && i.email.equalsIgnoreCase(email)).findFirst();
    }

    public Optional<Adjuster> adjuster(UUID adjusterId) {
        return adjusters.stream().filter(a -> a.id.equals(adjusterId)).findFirst();
    }

    /** The latest revision of the minutes, if any were submitted. */
    public Optional<Minutes> currentMinutes() {
        return minutes.isEmpty() ? Optional.empty() : Optional.of(minutes.get(minutes.size() - 1));
    }

    /** Whether an invitee with a kallelse has declined: the organiser must follow it up. */
    public boolean obligedInviteeDeclined() {
        return responses.stream().anyMatch(r -> r.obligedToAttend && r.answer == Answer.DECLINED);
    }

    public void reschedule(Instant newStart) {
        startsAt = newStart;
        sequence++;
    }

    public void cancel(String reason, Instant at) {
        status = MeetingStatus.CANCELLED;
        cancelReason = reason;
        cancelledAt = at;
    }

    /** Records that the meeting took place with these invitees. */
    public void hold(List<UUID> attendeeIds, Instant at) {
        status = MeetingStatus.HELD;
        heldAt = at;
        attendees.clear();
        attendees.addAll(attendeeIds);
    }

    /** The organisations of the invitees who attended; the individual and relatives have none. */
    public List<String> attendeeOrgIds() {
        return invitees.stream().filter(i -> attendees.contains(i.id)).map(i -> i.orgId).filter(o -> o != null)
                .distinct().toList();
    }

    public List<String> inviteeOrgIds() {
        return invitees.stream().map(i -> i.orgId).filter(o -> o != null).distinct().toList();
    }

    public List<UUID> inviteeIds() {
        return invitees.stream().map(i -> i.id).toList();
    }
}
