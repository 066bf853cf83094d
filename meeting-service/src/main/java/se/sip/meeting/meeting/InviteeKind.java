package se.sip.meeting.meeting;

/** Who an invitee is: the individual, an organisation taking part, or a relative the consent names. */
public enum InviteeKind {
    INDIVIDUAL, PARTY, RELATIVE
}
