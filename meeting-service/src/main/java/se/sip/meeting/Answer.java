package se.sip.meeting;

/** How an invitee answers an invitation. */
public enum Answer {
    ACCEPTED, DECLINED, PROPOSED_NEW_TIME
}
