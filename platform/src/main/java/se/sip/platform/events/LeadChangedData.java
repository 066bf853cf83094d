package se.sip.platform.events;

import java.util.List;
import java.util.UUID;

/**
 * The data of {@code se.sip.plan.lead-changed.v1}: the lead (huvudansvarig) passed from {@code previousLeadOrgId} to
 * {@code leadOrgId}, both parties of the plan. {@code version} is the plan's version after the change.
 */
public record LeadChangedData(
        String personRef,
        UUID planId,
        int version,
        String previousLeadOrgId,
        String leadOrgId,
        List<String> partyOrgIds,
        List<EventParty> parties) {
}
