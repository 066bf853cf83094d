package se.sip.platform.events;

import java.util.List;
import java.util.UUID;

/**
 * The data of the plan life-cycle events ({@code se.sip.plan.created.v1}, {@code .closed.v1}): who takes part,
 * for the consumers' own access rules and notifications, and nothing that names the person or anyone else.
 * {@code partyOrgIds} routes notifications; {@code parties} adds each party's organisation type. {@code closureReason}
 * is set on closed events only; {@code consentId} names the consent the plan rests on (an id, never its terms).
 */
public record PlanEventData(
        String personRef,
        UUID planId,
        String kind,
        String status,
        String leadOrgId,
        List<String> partyOrgIds,
        List<EventParty> parties,
        String closureReason,
        UUID consentId) {
}
