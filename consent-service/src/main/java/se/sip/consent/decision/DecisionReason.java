package se.sip.consent.decision;

/** Why a consent decision came out as it did, most specific first; NOT_PERMITTED stands in for the others. */
enum DecisionReason {
    /** A consent in force covers the organisation, the purpose and (if asked) the relative. */
    CONSENT_IN_FORCE,
    /** No consent was ever given for this person (a declined SIP offer at most). */
    NO_CONSENT,
    /** Consents exist, but none is in force today: withdrawn, expired, declined or not yet begun. */
    CONSENT_NOT_IN_FORCE,
    /** No consent in force includes this purpose. */
    PURPOSE_NOT_COVERED,
    /** No consent in force for this purpose names this organisation. */
    ORGANISATION_NOT_COVERED,
    /** No consent in force to invite relatives names this relative. */
    RELATIVE_NOT_COVERED,
    /**
     * Not permitted, and the organisation asked about may see none of the person's consents (it recorded none, and
     * no active one names it): the specific reason would tell it whether the person has consents at all, so it is
     * withheld. The organisation's own system learns no more than "no".
     */
    NOT_PERMITTED
}
