package se.sip.plan.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * The stored row of a plan's meeting: written by {@link MeetingProjection} alone, and read by it into
 * {@link PlanMeeting}s, which is what the other features get.
 */
@Entity
@Table(name = "plan_meeting")
class MeetingRow {

    @Id
    public UUID meetingId;

    public UUID planId;

    public String type;

    public String status;

    public Instant startsAt;

    public Integer durationMinutes;

    public String format;

    public Integer sequence;

    /** When the meeting was first booked (the time of its scheduled event). */
    public Instant bookedAt;

    public Instant heldAt;

    /** The next follow-up the meeting booked, as its held or minutes event said. */
    public LocalDate nextFollowUpOn;

    public Integer minutesRevision;

    public Instant minutesSubmittedAt;

    public Instant minutesApprovedAt;

    public String location;

    public String videoLink;

    /** Null when the events that told of the meeting did not say (published before they could). */
    public Boolean individualInvited;

    /** The invited organisations, as the latest booking event named them; fetched with the rows that read them. */
    @ElementCollection
    @CollectionTable(name = "plan_meeting_org", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "org_id")
    @OrderBy
    public List<String> inviteeOrgIds = new ArrayList<>();
}
