package se.sip.plan.measure;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.plan.Plan;
import se.sip.plan.PlanRepository;
import se.sip.plan.rest.PlanRequest;
import se.sip.plan.service.LifeAreaService;
import se.sip.plan.service.PlanAccess;
import se.sip.platform.access.PersonDataAccess;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;

/** Records (or corrects) a youth assignment's order to the resource unit; a logged change that raises the version. */
@ApplicationScoped
public class YouthOrderService {

    private final PlanRepository plans;
    private final PlanAccess access;
    private final PersonDataAccess personData;

    YouthOrderService(PlanRepository plans, PlanAccess access, PersonDataAccess personData) {
        this.plans = plans;
        this.access = access;
        this.personData = personData;
    }

    /** If-Match is required: the order's dates are what the follow-ups are measured against. */
    @Transactional
    public Plan record(Caller caller, UUID planId, PlanRequest.YouthOrderDto order, String ifMatch) {
        Plan p = personData.change(caller, access, planId, plans.lockById(planId));
        Versions.requirePresentMatch(ifMatch, p.version);
        LifeAreaService.requireActive(p);
        Set<String> partyIds = p.parties.stream().map(x -> x.orgId).collect(Collectors.toSet());
        MeasureRules.checkOrder(p.kind, partyIds, order);
        p.youthOrder = MeasureRules.toOrder(order);
        return p;
    }
}
