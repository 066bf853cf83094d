package se.sip.meeting.meeting;

/** Where a meeting takes place: in a room (a location) or online (a video link). */
public enum MeetingFormat {
    PHYSICAL, DIGITAL
}
