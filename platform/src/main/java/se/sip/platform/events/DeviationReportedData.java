package se.sip.platform.events;

import java.util.List;
import java.util.UUID;

/**
 * The data of {@code se.sip.plan.deviation-reported.v1}: that a deviation from the plan exists, who reported it and
 * which action it concerns (if any). Its description is free text about the person and stays in the plan.
 */
public record DeviationReportedData(
        String personRef,
        UUID planId,
        UUID deviationId,
        UUID actionId,
        String reportedByOrgId,
        String leadOrgId,
        List<String> partyOrgIds) {
}
