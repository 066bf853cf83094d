package se.sip.meeting.meeting;

/** A meeting's life cycle; only a SCHEDULED meeting is moved or cancelled. */
public enum MeetingStatus {
    SCHEDULED, HELD, CANCELLED
}
