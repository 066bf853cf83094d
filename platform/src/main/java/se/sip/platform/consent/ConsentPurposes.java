package se.sip.platform.consent;

/** The consent purposes other services ask about (consent-service owns the full list). */
public final class ConsentPurposes {
    /** Share information about the person between the parties: what a plan is. */
    public static final String SHARE_INFORMATION = "SHARE_INFORMATION";

    private ConsentPurposes() {
    }
}
