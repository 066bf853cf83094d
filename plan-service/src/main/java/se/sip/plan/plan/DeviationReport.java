package se.sip.plan.plan;

import java.util.UUID;

/** A deviation to record, in the domain's terms: what {@link DeviationService#report} takes. */
public record DeviationReport(String description, String reportedByOrgId, UUID actionId) {
}
