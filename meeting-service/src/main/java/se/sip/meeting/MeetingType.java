package se.sip.meeting;

/** The kinds of meeting (API.md): SIP-möte, samverkansmöte, tjänstemannamöte, uppföljningsmöte, uppstartsmöte. */
public enum MeetingType {
    SIP, COLLABORATION, OFFICIALS, FOLLOW_UP, START_UP
}
