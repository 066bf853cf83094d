package se.sip.platform.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The data of {@code se.sip.plan.version-agreed.v1}: the plan's agreed version {@code version} (1, 2, …) was stored,
 * agreed by the approved minutes (revision {@code minutesRevision}) of meeting {@code meetingId}. The snapshot itself
 * stays in plan-service ({@code GET /api/v1/plans/{id}/versions/{version}}).
 */
public record PlanVersionAgreedData(
        String personRef,
        UUID planId,
        int version,
        UUID meetingId,
        int minutesRevision,
        OffsetDateTime agreedAt,
        String leadOrgId,
        List<String> partyOrgIds) {
}
