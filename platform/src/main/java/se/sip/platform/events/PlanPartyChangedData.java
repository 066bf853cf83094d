package se.sip.platform.events;

import java.util.List;
import java.util.UUID;

/**
 * The data of {@code se.sip.plan.party-added.v1} and {@code .party-removed.v1}: the organisation that joined or left
 * ({@code orgId}, {@code orgType}), and the lead and parties after the change. {@code cause} says why a party left:
 * {@code REMOVED} (a party of the plan removed it) or {@code DISCHARGED} (SiS, when the LVM care ended); null on
 * party-added. {@code version} is the plan's version after the change.
 */
public record PlanPartyChangedData(
        String personRef,
        UUID planId,
        int version,
        String orgId,
        String orgType,
        String cause,
        String leadOrgId,
        List<String> partyOrgIds,
        List<EventParty> parties) {

    public static final String REMOVED = "REMOVED";
    public static final String DISCHARGED = "DISCHARGED";
}
