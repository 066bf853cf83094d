package se.sip.platform.plan;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import se.sip.platform.events.EventParty;

/**
 * What a service knows of a plan from its events ({@link PlanProjection}): enough to check a booking against it and
 * to decide who sees or hears of what concerns it. A party's orgType is null when it was projected from an event that
 * did not name types; {@code kind} is null when no event named it; {@code consentId} (the consent the plan rests on)
 * is null when no event named it.
 */
public record PlanSnapshot(UUID planId, String personRef, String kind, String status, String leadOrgId,
        Set<EventParty> parties, UUID consentId) {

    public static final String ACTIVE = "ACTIVE";
    public static final String LVM_AFTERCARE = "LVM_AFTERCARE";

    public boolean active() {
        return ACTIVE.equals(status);
    }

    public boolean hasParty(String orgId) {
        return parties.stream().anyMatch(p -> p.orgId().equals(orgId));
    }

    /** The org ids of all parties. */
    public Set<String> partyOrgIds() {
        return parties.stream().map(EventParty::orgId).collect(Collectors.toUnmodifiableSet());
    }

    /** The org ids of the parties of one organisation type, e.g. the SiS institutions while the person is there. */
    public Set<String> partiesOfType(String orgType) {
        return parties.stream().filter(p -> orgType.equals(p.orgType())).map(EventParty::orgId)
                .collect(Collectors.toUnmodifiableSet());
    }
}
