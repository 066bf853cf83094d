package se.sip.platform.access;

/** How a logged access ended. */
public enum AccessOutcome {
    PERMITTED,
    /** The object exists but the caller may not see or change it; the caller was told only "not found" or 403. */
    DENIED,
    /** No object with the id asked for; the row names no person. */
    NOT_FOUND
}
