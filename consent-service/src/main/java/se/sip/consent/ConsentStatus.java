package se.sip.consent;

public enum ConsentStatus {
    ACTIVE,
    WITHDRAWN,
    EXPIRED,
    DECLINED
}
