package se.sip.meeting.meeting;

/**
 * A kallelse obliges a municipality or region party to attend a SIP-möte (SIP law, seed 003); an inbjudan is an
 * invitation only: to every other invitee, and to every invitee of a meeting of another type.
 */
public enum NoticeKind {
    KALLELSE, INBJUDAN
}
