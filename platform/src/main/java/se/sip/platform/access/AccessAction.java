package se.sip.platform.access;

/** What a logged access did to a person's data. */
public enum AccessAction {
    READ,
    WRITE
}
