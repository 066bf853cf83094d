package se.sip.platform.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The data of {@code se.sip.plan.placement-changed.v1}: where an LVM-aftercare person's care now takes place, so every
 * party (the org ids after the change) can be told. {@code type} is ADMITTED, SECTION_27_PLACEMENT,
 * RETURNED_TO_INSTITUTION or DISCHARGED; {@code parties} are the same with their organisation types (after a discharge
 * without SiS). The free-text note stays in the plan.
 */
public record PlacementChangedData(
        String personRef,
        UUID planId,
        String type,
        LocalDate effectiveOn,
        String leadOrgId,
        List<String> partyOrgIds,
        List<EventParty> parties) {
}
