package se.sip.platform.security;

/** The roles of the token's {@code groups} claim, as constants for {@code @RolesAllowed}. */
public final class Roles {
    public static final String CASEWORKER = "caseworker";
    public static final String MANAGER = "manager";
    public static final String PARTNER = "partner";
    /** A partner system or another service of ours, acting with a service token. */
    public static final String INTEGRATION = "integration";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
