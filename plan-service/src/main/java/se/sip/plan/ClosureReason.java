package se.sip.plan;

/** Why a plan was closed (avslut). */
public enum ClosureReason {
    GOALS_MET,
    NO_LONGER_NEEDED,
    CONSENT_WITHDRAWN,
    MOVED,
    OTHER
}
