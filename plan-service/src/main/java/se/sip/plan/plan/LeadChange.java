package se.sip.plan.plan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One change of a plan's lead (byte av huvudansvarig): from whom, to whom, by whom, when. */
@Embeddable
public record LeadChange(
        @Column(name = "from_org_id") String fromOrgId,
        @Column(name = "from_name") String fromName,
        @Column(name = "to_org_id") String toOrgId,
        @Column(name = "to_name") String toName,
        @Column(name = "changed_by_org") String changedByOrg,
        @Column(name = "changed_by_sub") String changedBySub,
        @Column(name = "changed_at") Instant changedAt) {
}
