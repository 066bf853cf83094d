package se.sip.consent.service;

/** Why a consent decision came out as it did, most specific first. */
public enum DecisionReason {
    /** A consent in force covers the organisation, the purpose and (if asked) the relative. */
    CONSENT_IN_FORCE,
    /** No consent was ever recorded for this person. */
    NO_CONSENT,
    /** Consents exist, but none is in force today: withdrawn, expired, declined or not yet begun. */
    CONSENT_NOT_IN_FORCE,
    /** No consent in force includes this purpose. */
    PURPOSE_NOT_COVERED,
    /** No consent in force for this purpose names this organisation. */
    ORGANISATION_NOT_COVERED,
    /** No consent in force to invite relatives names this relative. */
    RELATIVE_NOT_COVERED
}
