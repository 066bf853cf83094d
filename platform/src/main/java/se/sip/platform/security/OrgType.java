package se.sip.platform.security;

/** The kind of organisation a caller or party belongs to (the token's {@code orgType} claim). */
public enum OrgType {
    MUNICIPALITY,
    REGION,
    SIS,
    OTHER
}
