package se.sip.plan.plan;

import static se.sip.plan.plan.PlacementChangeType.ADMITTED;
import static se.sip.plan.plan.PlacementChangeType.DISCHARGED;
import static se.sip.plan.plan.PlacementChangeType.RETURNED_TO_INSTITUTION;
import static se.sip.plan.plan.PlacementChangeType.SECTION_27_PLACEMENT;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.sip.platform.problem.Problem.FieldError;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.OrgType;

/**
 * The order placement changes come in. An LVM-aftercare plan is started during the care, so the person is at the
 * institution until a change says otherwise (ADMITTED may record the admission, first); from there care may move to
 * a § 27 placement and back, any number of times (SiS stays a party throughout: the care is still LVM care), and ends
 * with the discharge. After the discharge only a new admission (ADMITTED, a new LVM decision) may follow: it begins a
 * new care episode on the same plan, and brings SiS back as a party (seed 000).
 */
final class PlacementRules {

    private PlacementRules() {
    }

    /** {@code institution}: the SiS institution an admission names, if it names one. */
    static void check(Plan p, PlacementChangeType type, LocalDate effectiveOn, PlanParty institution) {
        if (institution != null && type != ADMITTED) {
            throw ProblemException.invalid(List.of(new FieldError("institution",
                    "only an ADMITTED change names the SiS institution")));
        }
        if (p.kind != PlanKind.LVM_AFTERCARE) {
            throw ProblemException.ruleViolation("Placement changes belong to LVM_AFTERCARE plans; this is a " + p.kind
                    + " plan.");
        }
        List<PlacementChange> history = p.placementChanges;
        PlacementChange last = history.isEmpty() ? null : history.get(history.size() - 1);
        if (!allowedAfter(last == null ? null : last.type()).contains(type)) {
            throw ProblemException.ruleViolation(type + " cannot follow "
                    + (last == null ? "the start of the plan (the person is at the institution)" : last.type())
                    + "; allowed now: " + allowedAfter(last == null ? null : last.type()) + ".");
        }
        if (last != null && effectiveOn.isBefore(last.effectiveOn())) {
            throw ProblemException.ruleViolation("effectiveOn is before the previous change (" + last.effectiveOn()
                    + ").");
        }
        if (p.lvmStartedOn != null && effectiveOn.isBefore(p.lvmStartedOn)) {
            throw ProblemException.ruleViolation("effectiveOn is before the LVM care began (" + p.lvmStartedOn + ").");
        }
        if (type == DISCHARGED
                && p.parties.stream().anyMatch(x -> x.orgId().equals(p.leadOrgId) && x.orgType() == OrgType.SIS)) {
            throw ProblemException.ruleViolation("SiS leads this plan but is no party after the discharge; the lead"
                    + " must pass to another party first.");
        }
        if (institution != null && p.party(institution.orgId()).filter(x -> x.orgType() != OrgType.SIS).isPresent()) {
            throw ProblemException.ruleViolation(institution.orgId() + " is a party of the plan, but not SiS: the"
                    + " institution of an admission is a SIS party.");
        }
        if (startsNewEpisode(p, type) && institution == null
                && p.parties.stream().noneMatch(x -> x.orgType() == OrgType.SIS)) {
            throw ProblemException.ruleViolation("A new admission after the discharge brings SiS back into the plan,"
                    + " and no SIS party is left: name the SiS institution (institution: orgId, name).");
        }
    }

    /** An admission after the discharge: a new LVM decision, so a new care episode begins. */
    static boolean startsNewEpisode(Plan p, PlacementChangeType type) {
        return type == ADMITTED && !p.placementChanges.isEmpty()
                && p.placementChanges.get(p.placementChanges.size() - 1).type() == DISCHARGED;
    }

    /** {@code null} for a plan with no change yet: the person is at the institution. */
    private static Set<PlacementChangeType> allowedAfter(PlacementChangeType last) {
        if (last == null) {
            return EnumSet.of(ADMITTED, SECTION_27_PLACEMENT, DISCHARGED);
        }
        return switch (last) {
            case ADMITTED, RETURNED_TO_INSTITUTION -> EnumSet.of(SECTION_27_PLACEMENT, DISCHARGED);
            case SECTION_27_PLACEMENT -> EnumSet.of(RETURNED_TO_INSTITUTION, DISCHARGED);
            case DISCHARGED -> EnumSet.of(ADMITTED);
        };
    }
}
