package se.sip.meeting.plan;

import java.util.Set;
import java.util.UUID;

/** What meeting-service knows of a plan: enough to check a booking against it and to decide who sees its meetings. */
public record PlanSnapshot(UUID planId, String personRef, String kind, String status, String leadOrgId,
        Set<String> partyOrgIds) {

    public static final String ACTIVE = "ACTIVE";
    public static final String LVM_AFTERCARE = "LVM_AFTERCARE";

    public boolean active() {
        return ACTIVE.equals(status);
    }

    public boolean hasParty(String orgId) {
        return partyOrgIds.contains(orgId);
    }
}
