package se.sip.plan.measure;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.plan.Plan;
import se.sip.plan.PlanRepository;
import se.sip.plan.service.LifeAreaService;
import se.sip.plan.service.PlanAccess;
import se.sip.platform.access.PersonDataAccess;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;
import se.sip.platform.security.OrgType;

/** Replaces the plan's other measures; a logged change of the plan that raises its version. */
@ApplicationScoped
public class OtherMeasureService {

    private final PlanRepository plans;
    private final PlanAccess access;
    private final PersonDataAccess personData;

    OtherMeasureService(PlanRepository plans, PlanAccess access, PersonDataAccess personData) {
        this.plans = plans;
        this.access = access;
        this.personData = personData;
    }

    /** If-Match is required, as for life areas: a blind replace would drop another party's measures. */
    @Transactional
    public Plan replace(Caller caller, UUID planId, OtherMeasuresRequest r, String ifMatch) {
        Plan p = personData.change(caller, access, planId, plans.lockById(planId));
        Versions.requirePresentMatch(ifMatch, p.version);
        LifeAreaService.requireActive(p);
        Map<String, OrgType> parties = p.parties.stream()
                .collect(Collectors.toMap(x -> x.orgId, x -> x.orgType, (a, b) -> a));
        MeasureRules.checkOtherMeasures(parties, r.otherMeasures());
        p.otherMeasures.clear();
        p.otherMeasures.addAll(MeasureRules.toMeasures(r.otherMeasures()));
        return p;
    }
}
