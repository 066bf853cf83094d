package se.sip.consent.consent;

/** What a consent permits. */
public enum Purpose {
    /** Kalla till SIP- eller samverkansmöte. */
    CONVENE_MEETING,
    /** Inhämta dokumentation. */
    OBTAIN_DOCUMENTATION,
    /** Dela information med de namngivna parterna. */
    SHARE_INFORMATION,
    /** Bjuda in namngivna anhöriga. */
    INVITE_RELATIVES
}
