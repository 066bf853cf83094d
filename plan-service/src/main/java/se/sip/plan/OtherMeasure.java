package se.sip.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A measure taken by someone other than the two principals (another authority, SiS, an association), or by the person
 * themselves ({@link PlanAction#INDIVIDUAL}): the third point of the SIP's legal minimum.
 */
@Embeddable
public class OtherMeasure {

    public String description;

    @Column(name = "responsible_org_id")
    public String responsibleOrgId;

    /** Who it is, when not a party of the plan (a party's own name is in the plan). */
    @Column(name = "responsible_name")
    public String responsibleName;

    protected OtherMeasure() {
    }

    public OtherMeasure(String description, String responsibleOrgId, String responsibleName) {
        this.description = description;
        this.responsibleOrgId = responsibleOrgId;
        this.responsibleName = responsibleName;
    }
}
