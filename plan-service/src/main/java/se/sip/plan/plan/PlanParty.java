package se.sip.plan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import se.sip.platform.security.OrgType;

/**
 * An organisation taking part in a plan (samverkanspart).
 *
 * @param contact how the plan's other parties reach this one (a named contact, a phone number)
 */
@Embeddable
public record PlanParty(
        @Column(name = "org_id") String orgId,
        @Enumerated(EnumType.STRING) @Column(name = "org_type") OrgType orgType,
        String name,
        String contact) {
}
