package se.sip.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import se.sip.platform.security.OrgType;

/** An organisation taking part in a plan (samverkanspart). */
@Embeddable
public class PlanParty {

    @Column(name = "org_id")
    public String orgId;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type")
    public OrgType orgType;

    public String name;

    /** How the plan's other parties reach this one (a named contact, a phone number). */
    public String contact;

    protected PlanParty() {
    }

    public PlanParty(String orgId, OrgType orgType, String name, String contact) {
        this.orgId = orgId;
        this.orgType = orgType;
        this.name = name;
        this.contact = contact;
    }
}
