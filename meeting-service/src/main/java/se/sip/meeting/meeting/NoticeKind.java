package se.sip.meeting.meeting;

/** A kallelse obliges a municipality or region party to attend (SIP law); an inbjudan is an invitation only. */
public enum NoticeKind {
    KALLELSE, INBJUDAN
}
