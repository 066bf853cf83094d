package se.sip.plan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.sip.plan.plan.ActionStatus;
import se.sip.plan.plan.PlanAction;
import se.sip.plan.version.PlanSnapshot;
import se.sip.platform.security.OrgType;

/**
 * The four points a SIP must state (socialtjänstlagen, SFS 2025:400, and 16 kap. 4 § hälso- och sjukvårdslagen):
 * which interventions are needed, which each principal answers for, which measures others take, and which principal
 * has the overall responsibility. Judged from what the plan holds: its actions (cancelled ones do not count), other
 * measures, parties and lead. The principals are the parties of type MUNICIPALITY and REGION.
 */
final class LegalMinimum {

    /** One point: what the law asks, and why the plan does not meet it (null when it does). */
    record Point(int number, String requirement, String shortfall) {
        boolean met() {
            return shortfall == null;
        }
    }

    private LegalMinimum() {
    }

    static List<Point> check(PlanSnapshot plan) {
        List<PlanSnapshot.Action> actions = plan.actions().stream().filter(a -> a.status() != ActionStatus.CANCELLED).toList();
        List<PlanSnapshot.Party> principals = plan.parties().stream().filter(LegalMinimum::isPrincipal).toList();
        Set<String> principalIds = principals.stream().map(PlanSnapshot.Party::orgId).collect(Collectors.toSet());
        Set<String> responsible = actions.stream().map(PlanSnapshot.Action::responsibleOrgId).collect(Collectors.toSet());
        List<Point> points = new ArrayList<>();

        points.add(new Point(1, "Vilka insatser som behövs",
                actions.isEmpty() ? "planen har inga åtgärder" : null));

        List<String> idle = principals.stream().filter(p -> !responsible.contains(p.orgId()))
                .map(PlanSnapshot.Party::name).toList();
        points.add(new Point(2, "Vilka insatser respektive huvudman ska svara för",
                principals.isEmpty() ? "ingen huvudman (kommun eller region) är part i planen"
                        : idle.isEmpty() ? null : "ingen åtgärd för " + String.join(", ", idle)));

        boolean others = !plan.otherMeasuresOrNone().isEmpty() || actions.stream()
                .anyMatch(a -> PlanAction.INDIVIDUAL.equals(a.responsibleOrgId())
                        || !principalIds.contains(a.responsibleOrgId()));
        points.add(new Point(3, "Vilka åtgärder som vidtas av någon annan än kommunen eller regionen",
                others ? null : "inga åtgärder av andra, eller av den enskilde själv, är angivna"));

        points.add(new Point(4, "Vem av huvudmännen som ska ha det övergripande ansvaret för planen",
                principalIds.contains(plan.lead().orgId()) ? null
                        : "huvudansvarig är inte en huvudman (kommun eller region) bland parterna"));
        return points;
    }

    private static boolean isPrincipal(PlanSnapshot.Party party) {
        return party.orgType() == OrgType.MUNICIPALITY || party.orgType() == OrgType.REGION;
    }
}
