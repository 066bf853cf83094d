package se.sip.platform.consent;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the coverage rule needs to know of one consent: whether its owner still holds it ACTIVE, its validity, what
 * it permits and which organisations it covers (those it names, and the one that recorded it: consents recorded
 * before the recorder had to be among the parties keep that meaning). No names, no free text.
 */
public record ConsentScope(UUID consentId, boolean active, LocalDate validFrom, LocalDate validUntil,
        Set<String> purposes, Set<String> orgIds) {

    public ConsentScope {
        purposes = Set.copyOf(purposes);
        orgIds = Set.copyOf(orgIds);
    }

    /** In force on {@code today} (Europe/Stockholm): active, begun, not past its last valid day. */
    public boolean inForceOn(LocalDate today) {
        return active && (validFrom == null || !today.isBefore(validFrom))
                && (validUntil == null || !today.isAfter(validUntil));
    }

    /** In force on {@code today} and permitting {@code purpose} for {@code orgId}. */
    public boolean permits(String orgId, String purpose, LocalDate today) {
        return inForceOn(today) && purposes.contains(purpose) && orgIds.contains(orgId);
    }
}
