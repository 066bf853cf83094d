package se.sip.plan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One change of a plan's lead (byte av huvudansvarig): from whom, to whom, by whom, when. */
@Embeddable
public class LeadChange {

    @Column(name = "from_org_id")
    public String fromOrgId;

    @Column(name = "from_name")
    public String fromName;

    @Column(name = "to_org_id")
    public String toOrgId;

    @Column(name = "to_name")
    public String toName;

    @Column(name = "changed_by_org")
    public String changedByOrg;

    @Column(name = "changed_by_sub")
    public String changedBySub;

    @Column(name = "changed_at")
    public Instant changedAt;

    protected LeadChange() {
    }

    public LeadChange(String fromOrgId, String fromName, String toOrgId, String toName, String changedByOrg,
            String changedBySub, Instant changedAt) {
        this.fromOrgId = fromOrgId;
        this.fromName = fromName;
        this.toOrgId = toOrgId;
        this.toName = toName;
        this.changedByOrg = changedByOrg;
        this.changedBySub = changedBySub;
        this.changedAt = changedAt;
    }
}
