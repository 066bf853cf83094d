package se.sip.meeting.meeting;

/** The kinds of meeting (docs/contract.md): SIP-möte, samverkansmöte, tjänstemannamöte, uppföljningsmöte, uppstartsmöte. */
public enum MeetingType {
    SIP, COLLABORATION, OFFICIALS, FOLLOW_UP, START_UP
}
