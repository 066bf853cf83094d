package se.sip.consent.consent;

/** How the consent was given. */
public enum ConsentForm {
    WRITTEN,
    VERBAL,
    DIGITAL
}
