package se.sip.plan.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;
import se.sip.platform.security.OrgType;

/**
 * Replaces the plan's other measures, and records (or corrects) a youth assignment's order to the resource unit
 * ({@link MeasureRules}); each a logged change of the plan that raises its version.
 */
@ApplicationScoped
public class MeasureService {

    private final PlanLocks locks;
    private final PlanChanges changes;

    MeasureService(PlanLocks locks, PlanChanges changes) {
        this.locks = locks;
        this.changes = changes;
    }

    /** If-Match is required, as for life areas: a blind replace would drop another party's measures. */
    @Transactional
    public PlanDetails replaceOtherMeasures(Caller caller, UUID planId, List<OtherMeasure> measures, String ifMatch) {
        Plan p = locks.forChange(caller, planId);
        Versions.requirePresentMatch(ifMatch, p.version);
        p.requireActive();
        Map<String, OrgType> parties = p.parties.stream()
                .collect(Collectors.toMap(PlanParty::orgId, PlanParty::orgType, (a, b) -> a));
        MeasureRules.checkOtherMeasures(parties, measures);
        p.otherMeasures.clear();
        p.otherMeasures.addAll(MeasureRules.kept(measures));
        return changes.commit(p, List.of(PlanChanges.OTHER_MEASURES));
    }

    /** If-Match is required: the order's dates are what the follow-ups are measured against. */
    @Transactional
    public PlanDetails recordYouthOrder(Caller caller, UUID planId, YouthOrder order, String ifMatch) {
        Plan p = locks.forChange(caller, planId);
        Versions.requirePresentMatch(ifMatch, p.version);
        p.requireActive();
        Set<String> partyIds = p.parties.stream().map(PlanParty::orgId).collect(Collectors.toSet());
        MeasureRules.checkOrder(p.kind, partyIds, order);
        p.youthOrder = order;
        return changes.commit(p, List.of(PlanChanges.YOUTH_ORDER));
    }
}
