package se.sip.platform.security;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling, taken from the verified JWT: the user or system ({@code sub}), its organisation ({@code org}),
 * the kind of organisation ({@code orgType}) and its roles ({@code groups}). An {@link #isIndividual() individual}
 * (the person themselves) has no organisation, and their subject is their personRef, never their number.
 */
public record Caller(String subject, String org, OrgType orgType, Set<String> groups) {

    public Caller {
        groups = Set.copyOf(groups);
    }

    /** The person themselves, signed in with e-identification, with {@code subject} their personRef. */
    public static Caller individual(String personRef) {
        return new Caller(personRef, null, null, Set.of(Roles.INDIVIDUAL));
    }

    public boolean hasRole(String role) {
        return groups.contains(role);
    }

    public boolean isIndividual() {
        return hasRole(Roles.INDIVIDUAL);
    }

    /** Whether the caller is this person: an individual whose personRef it is. */
    public boolean isPerson(String personRef) {
        return isIndividual() && subject.equals(personRef);
    }

    public boolean belongsTo(String orgId) {
        return org != null && org.equals(orgId);
    }

    /**
     * Whose quota and keys a call counts against: the organisation, or for an individual the person, whom no
     * organisation's callers share anything with.
     */
    public String scope() {
        return Objects.requireNonNullElseGet(org, () -> "person:" + subject);
    }

    /** The caller's roles among ours, comma-separated in a fixed order, as the access log records them. */
    public String roles() {
        Set<String> ours = new TreeSet<>(groups);
        ours.retainAll(Roles.ALL);
        return String.join(",", ours);
    }
}
