package se.sip.platform.security;

import java.util.Set;

/**
 * Who is calling, taken from the verified JWT: the user or system ({@code sub}), its organisation ({@code org}),
 * the kind of organisation ({@code orgType}) and its roles ({@code groups}).
 */
public record Caller(String subject, String org, OrgType orgType, Set<String> groups) {

    public Caller {
        groups = Set.copyOf(groups);
    }

    public boolean hasRole(String role) {
        return groups.contains(role);
    }

    public boolean belongsTo(String orgId) {
        return org.equals(orgId);
    }
}
