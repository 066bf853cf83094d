package se.sip.consent.consent;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import se.sip.platform.security.OrgType;

/** An organisation the consent names (samverkanspart). */
@Embeddable
public class Party {

    public String orgId;

    @Enumerated(EnumType.STRING)
    public OrgType orgType;

    public String name;

    protected Party() {
    }

    public Party(String orgId, OrgType orgType, String name) {
        this.orgId = orgId;
        this.orgType = orgType;
        this.name = name;
    }
}
