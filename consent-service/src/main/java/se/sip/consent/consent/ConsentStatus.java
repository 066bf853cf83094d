package se.sip.consent.consent;

public enum ConsentStatus {
    ACTIVE,
    WITHDRAWN,
    EXPIRED,
    DECLINED
}
