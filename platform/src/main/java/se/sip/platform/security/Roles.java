package se.sip.platform.security;

import java.util.Set;

/** The roles of the token's {@code groups} claim, as constants for {@code @RolesAllowed}. */
public final class Roles {
    public static final String CASEWORKER = "caseworker";
    public static final String MANAGER = "manager";
    public static final String PARTNER = "partner";
    /** A partner system or another service of ours, acting with a service token. */
    public static final String INTEGRATION = "integration";
    public static final String AUDITOR = "auditor";
    /**
     * The person themselves, signed in with e-identification: {@code sub} is their personal identity number, and the
     * token names no organisation. Reads only their own data.
     */
    public static final String INDIVIDUAL = "individual";

    /** Every role above. */
    public static final Set<String> ALL = Set.of(CASEWORKER, MANAGER, PARTNER, INTEGRATION, AUDITOR, INDIVIDUAL);

    private Roles() {
    }
}
