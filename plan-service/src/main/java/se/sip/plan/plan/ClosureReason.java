package se.sip.plan.plan;

/** Why a plan was closed (avslut). */
public enum ClosureReason {
    GOALS_MET,
    NO_LONGER_NEEDED,
    /** Closed by the system: the consent it rested on was withdrawn and no other covers its lead. */
    CONSENT_WITHDRAWN,
    /** Closed by the system: the consent it rested on expired and no other covers its lead. */
    CONSENT_EXPIRED,
    MOVED,
    OTHER
}
