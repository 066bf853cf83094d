package se.sip.platform.consent;

/** The consent purposes other services ask about (consent-service owns the full list). */
public final class ConsentPurposes {
    /** Share information about the person between the parties: what a plan is. */
    public static final String SHARE_INFORMATION = "SHARE_INFORMATION";
    /** Call the person's parties (and the person) to a meeting about them. */
    public static final String CONVENE_MEETING = "CONVENE_MEETING";
    /** Invite a named relative; asked with the relative's name. */
    public static final String INVITE_RELATIVES = "INVITE_RELATIVES";

    private ConsentPurposes() {
    }
}
