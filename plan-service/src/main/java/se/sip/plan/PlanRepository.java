package se.sip.plan;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** The person's plans in which {@code org} takes part (a party or the lead), newest first. */
    public List<Plan> ofPersonWithParty(String personRef, String org) {
        return list("select distinct p from Plan p join p.parties party where p.personRef = ?1"
                + " and (party.orgId = ?2 or p.leadOrgId = ?2) order by p.createdAt desc, p.id", personRef, org);
    }

    public List<Plan> activeOfPerson(String personRef) {
        return list("personRef = ?1 and status = ?2", personRef, PlanStatus.ACTIVE);
    }
}
