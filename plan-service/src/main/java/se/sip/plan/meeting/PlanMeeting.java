package se.sip.plan.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A meeting of a plan as meeting-service's events describe it; written only by {@link MeetingProjection}. Fields an
 * event has not told yet are null (a held event may come before the booking). Types and statuses are
 * meeting-service's names, kept as strings: a type it adds later must not break this projection.
 */
@Entity
@Table(name = "plan_meeting")
public class PlanMeeting {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String HELD = "HELD";
    public static final String CANCELLED = "CANCELLED";

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "plan_id")
    public UUID planId;

    public String type;

    public String status;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    public String format;

    public Integer sequence;

    /** When the meeting was first booked (the time of its scheduled event). */
    @Column(name = "booked_at")
    public Instant bookedAt;

    @Column(name = "held_at")
    public Instant heldAt;

    /** The next follow-up the meeting booked, as its held or minutes event said. */
    @Column(name = "next_follow_up_on")
    public LocalDate nextFollowUpOn;

    @Column(name = "minutes_revision")
    public Integer minutesRevision;

    @Column(name = "minutes_submitted_at")
    public Instant minutesSubmittedAt;

    @Column(name = "minutes_approved_at")
    public Instant minutesApprovedAt;

    public boolean isHeld() {
        return HELD.equals(status);
    }
}
