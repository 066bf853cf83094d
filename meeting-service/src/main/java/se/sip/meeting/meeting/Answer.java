package se.sip.meeting.meeting;

/** How an invitee answers an invitation; TENTATIVE is a calendar's "maybe" (iCalendar PARTSTAT=TENTATIVE). */
public enum Answer {
    ACCEPTED, DECLINED, TENTATIVE, PROPOSED_NEW_TIME
}
