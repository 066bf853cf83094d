package se.sip.meeting.meeting;

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
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import se.sip.platform.security.Caller;

/**
 * A meeting about one person's plan, and whom it calls. Its collections are lazy: the services read them inside
 * their transaction (or request) when they make a {@link MeetingSnapshot}, and the entity never leaves this package.
 * Several meetings' collections load together (Quarkus' default batch fetch size); joining them instead would
 * multiply the rows of four lists.
 */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    public UUID id;

    public UUID planId;

    /** The twelve digits; only ever returned to organisations that may see this meeting. */
    public String personId;

    public String personRef;

    @Enumerated(EnumType.STRING)
    public MeetingType type;

    @Enumerated(EnumType.STRING)
    public MeetingStatus status;

    public Instant startsAt;

    public int durationMinutes;

    @Enumerated(EnumType.STRING)
    public MeetingFormat format;

    public String location;

    public String videoLink;

    @ElementCollection
    @CollectionTable(name = "meeting_invitee", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<Invitee> invitees = new ArrayList<>();

    /** The chair's name (mötesledare). */
    public String chair;

    /** The chair's organisation, which an invitee's proposed new time reaches; null for meetings booked before. */
    public String chairOrg;

    public String noteTaker;

    /** The note-taker's organisation: only it submits the minutes. */
    public String noteTakerOrg;

    @ElementCollection
    @CollectionTable(name = "meeting_adjuster", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<Adjuster> adjusters = new ArrayList<>();

    public String organiserOrg;

    public String organiserSub;

    /** The consent consent-service named when the meeting was booked (CONVENE_MEETING). */
    public UUID consentId;

    /** The invitation's iCalendar SEQUENCE: 0 when booked, one more with each rescheduling. */
    public int sequence;

    @ElementCollection
    @CollectionTable(name = "meeting_response", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<InvitationResponse> responses = new ArrayList<>();

    public Instant heldAt;

    /** The invitees who took part, as recorded when the meeting was held. */
    @ElementCollection
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "invitee_id")
    @OrderColumn(name = "position")
    public List<UUID> attendees = new ArrayList<>();

    public Instant cancelledAt;

    public String cancelReason;

    /** The minutes as submitted, revision by revision. */
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderBy("revision")
    public List<Minutes> minutes = new ArrayList<>();

    public Instant createdAt;

    /** Set by every change, so that a change of the minutes alone raises the version too. */
    public Instant changedAt;

    @Version
    public int version;

    /** Its invitation's iCalendar UID, the same for the meeting's whole life; calendar replies name it. */
    public String invitationUid() {
        return id + "@sip";
    }

    public Optional<Invitee> invitee(UUID inviteeId) {
        return invitees.stream().filter(i -> i.id.equals(inviteeId)).findFirst();
    }

    /**
     * Who answers for an invitee: an organisation for its own invitee; the organiser's organisation for those without
     * one (the individual, relatives), whose answers reach it by phone, letter or mail; the person themselves (no
     * organisation) for their own invitation only, the INDIVIDUAL invitee.
     */
    public boolean mayAnswerFor(Invitee invitee, Caller caller) {
        if (caller.isIndividual()) {
            return invitee.kind == InviteeKind.INDIVIDUAL;
        }
        return caller.belongsTo(invitee.orgId != null ? invitee.orgId : organiserOrg);
    }

    /** The invitee a calendar reply's ATTENDEE names; e-mail addresses compare without case. */
    public Optional<Invitee> inviteeByEmail(String email) {
        return invitees.stream().filter(i -> i.email != null && i.email.equalsIgnoreCase(email)).findFirst();
    }

    public Optional<InvitationResponse> response(UUID responseId) {
        return responses.stream().filter(r -> r.id.equals(responseId)).findFirst();
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

    /** Each invitee's kind, in the order of {@link #inviteeIds()}. */
    public List<String> inviteeKinds() {
        return invitees.stream().map(i -> i.kind.name()).toList();
    }

    /** The organisations of the adjusters who have not answered these minutes, in the adjusters' order. */
    public List<String> adjusterOrgIdsNotAnswered(Minutes current) {
        return adjusters.stream().filter(a -> !current.answeredBy(a.id)).map(a -> a.orgId).toList();
    }
}
