package se.sip.plan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.sip.platform.problem.Problem.FieldError;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.Caller;
import se.sip.platform.security.OrgType;

/**
 * Who must take part in which kind of plan (docs/domain.md, "SIP rules" and the flows). Broken rules are 422 problems
 * that say why; a date that contradicts another is a 400 naming the field, like any invalid field.
 */
final class PlanRules {

    private PlanRules() {
    }

    static void check(Caller caller, PlanStart r, LocalDate today) {
        checkDates(r);
        ChildRules.check(r.personId(), r.childView(), r.childSpokesperson(), today);
        List<String> broken = new ArrayList<>();
        Set<String> orgIds = new HashSet<>();
        Set<OrgType> types = new HashSet<>();
        for (PlanParty party : r.parties()) {
            if (!orgIds.add(party.orgId())) {
                broken.add("each organisation may be a party once, but " + party.orgId() + " is named twice");
            }
            types.add(party.orgType());
        }
        if (!orgIds.contains(r.lead().orgId())) {
            broken.add("the lead (huvudansvarig) must be one of the parties");
        }
        if (!orgIds.contains(caller.org())) {
            broken.add("your organisation must be one of the parties to start a plan");
        }
        broken.addAll(partiesBroken(r.kind(), types));
        if (r.kind() == PlanKind.LVM_AFTERCARE) {
            if (r.careEpisode() == null) {
                broken.add("an LVM_AFTERCARE plan needs the careEpisode (when LVM care began, and where)");
            }
            // At the start only: SiS leaves the plan at the discharge.
            if (!types.contains(OrgType.SIS)) {
                broken.add("an LVM_AFTERCARE plan needs the SiS institution (a SIS party): SiS is invited whatever"
                        + " the constellation");
            }
        }
        if (r.kind() == PlanKind.YOUTH_ASSIGNMENT) {
            LocalDate on = r.youthOrder() != null ? r.youthOrder().orderedOn() : today;
            if (ChildRules.ageOn(r.personId(), on) > ChildRules.YOUTH) {
                broken.add("a YOUTH_ASSIGNMENT is for young people aged 20 or under (seed 004, \"upp till och med"
                        + " 20 år\"), and the person is older on " + on);
            }
        }
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolation("The plan cannot be started: " + String.join("; ", broken) + ".");
        }
    }

    /**
     * The rules of the kind on the types of its parties, which hold whenever the parties change (a start, a party
     * joining or leaving); empty when none is broken.
     */
    static List<String> partiesBroken(PlanKind kind, Collection<OrgType> types) {
        return switch (kind) {
            case SIP -> types.contains(OrgType.REGION) && types.contains(OrgType.MUNICIPALITY) ? List.of()
                    : List.of("a SIP is made by the two principals together: it needs a REGION party (health care)"
                            + " and a MUNICIPALITY party (social services)");
            case COLLABORATION -> types.contains(OrgType.REGION)
                    ? List.of("with health care (a REGION party) taking part the plan is a SIP, not a COLLABORATION")
                    : List.of();
            case YOUTH_ASSIGNMENT -> types.contains(OrgType.MUNICIPALITY) ? List.of()
                    : List.of("a YOUTH_ASSIGNMENT is ordered by social services: it needs a MUNICIPALITY party");
            case LVM_AFTERCARE -> List.of();
        };
    }

    private static void checkDates(PlanStart r) {
        PlanStart.CareEpisode care = r.careEpisode();
        if (care != null && care.expectedDischargeOn() != null
                && care.expectedDischargeOn().isBefore(care.lvmStartedOn())) {
            throw ProblemException.invalid(List.of(new FieldError("careEpisode.expectedDischargeOn",
                    "must not be before lvmStartedOn")));
        }
    }
}
