package se.sip.plan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A measure taken by someone other than the two principals (another authority, SiS, an association), or by the person
 * themselves ({@link PlanAction#INDIVIDUAL}): the third point of the SIP's legal minimum.
 *
 * @param responsibleName who it is, when not a party of the plan (a party's own name is in the plan)
 */
@Embeddable
public record OtherMeasure(
        String description,
        @Column(name = "responsible_org_id") String responsibleOrgId,
        @Column(name = "responsible_name") String responsibleName) {
}
