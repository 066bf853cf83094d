package se.sip.plan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import se.sip.platform.events.EventParty;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.OrgType;

/** A coordinated plan (samordnad plan) for one person, led by one of its parties (huvudansvarig). */
@Entity
@EntityListeners(MilestoneCheckMark.class)
@Table(name = "plan")
class Plan {

    @Id
    public UUID id;

    /** The twelve digits; only ever returned to organisations that may see this plan. */
    public String personId;

    public String personRef;

    @Enumerated(EnumType.STRING)
    public PlanKind kind;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    public String leadOrgId;

    public String leadName;

    /*
     * The collections are the plan's own, so changing one raises the plan's version: one ETag guards the whole plan.
     * Each is loaded when first used (PlanRepository loads the parties with the plan: every access check reads them),
     * always inside this package's services, which hand the plan out only as PlanDetails.
     */
    @ElementCollection
    @CollectionTable(name = "plan_party", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<PlanParty> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_life_area", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "life_area")
    @Column(name = "current_situation")
    public Map<LifeArea, String> situations = new EnumMap<>(LifeArea.class);

    @ElementCollection
    @CollectionTable(name = "plan_goal", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<PlanGoal> goals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_action", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<PlanAction> actions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_placement_change", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<PlacementChange> placementChanges = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_deviation", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<Deviation> deviations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_lead_change", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<LeadChange> leadChanges = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_other_measure", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<OtherMeasure> otherMeasures = new ArrayList<>();

    /** YOUTH_ASSIGNMENT: the order to the resource unit; null until given (and for the other kinds). */
    @Embedded
    public YouthOrder youthOrder;

    @ElementCollection
    @CollectionTable(name = "plan_youth_order_contact", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<YouthOrderContact> youthOrderContacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_implementation_plan", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<ImplementationPlan> implementationPlans = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_youth_refusal", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<YouthRefusal> youthRefusals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_continuation_decision", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<ContinuationDecision> continuationDecisions = new ArrayList<>();

    /** A plan for a child: the child's own view, and who speaks for the child when absent; null when not recorded. */
    @Embedded
    public ChildOpinion childView;

    @Embedded
    public ChildSpokesperson childSpokesperson;

    /** Care episode (LVM): when the compulsory care began, where, and the expected discharge. */
    public LocalDate lvmStartedOn;

    public String institution;

    public LocalDate expectedDischargeOn;

    public int horizonMonths;

    @Enumerated(EnumType.STRING)
    public RepresentativeRole representativeRole;

    public String representativeName;

    /** The individual's own overall goal, in their words: it comes first. */
    public String individualGoal;

    /** The professionals' goal where it differs from the individual's own; null when they agree. */
    public String professionalGoal;

    public String needs;

    /** Earlier and current interventions, and how they work (tidigare och pågående insatser). */
    public String currentInterventions;

    /** The consent consent-service named when the plan was started. */
    public UUID consentId;

    public String createdByOrg;

    public String createdBySub;

    public Instant createdAt;

    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    public ClosureReason closureReason;

    public String closureNote;

    public String closedByOrg;

    @Version
    public int version;

    /** The first day the milestone scan reads the plan again: written by the scan and by {@link MilestoneCheckMark}. */
    LocalDate milestoneCheckOn;

    boolean hasParty(String orgId) {
        return parties.stream().anyMatch(p -> p.orgId().equals(orgId));
    }

    List<String> partyOrgIds() {
        return parties.stream().map(PlanParty::orgId).toList();
    }

    List<EventParty> eventParties() {
        return parties.stream().map(p -> new EventParty(p.orgId(), p.orgType().name())).toList();
    }

    void requireActive() {
        if (status != PlanStatus.ACTIVE) {
            throw ProblemException.conflict("The plan is " + status + "; only an ACTIVE plan changes.");
        }
    }

    /** Replaces what the plan says about one life area; the other areas' goals keep their places. */
    void describe(LifeArea area, String currentSituation, List<PlanGoal> areaGoals) {
        situations.put(area, currentSituation);
        goals.removeIf(g -> g.area() == area);
        goals.addAll(areaGoals);
    }

    Optional<PlanAction> action(UUID actionId) {
        return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
    }

    /**
     * Records a placement change. With the discharge SiS's part in the plan ends (its care is over; the municipality
     * carries the aftercare), so its parties leave the plan and, with them, their access to it: those are returned.
     */
    List<PlanParty> record(PlacementChange change) {
        placementChanges.add(change);
        if (change.type() != PlacementChangeType.DISCHARGED) {
            return List.of();
        }
        List<PlanParty> leaving = parties.stream().filter(x -> x.orgType() == OrgType.SIS).toList();
        parties.removeAll(leaving);
        return leaving;
    }

    /** Replaces the party of the same organisation, keeping its place among the parties. */
    void replace(PlanParty party) {
        parties.replaceAll(x -> x.orgId().equals(party.orgId()) ? party : x);
    }

    /** Hands the lead to another of the parties, and records the change (the history is kept with the plan). */
    void changeLead(PlanParty to, String name, String byOrg, String bySub, Instant at) {
        leadChanges.add(new LeadChange(leadOrgId, leadName, to.orgId(), name, byOrg, bySub, at));
        leadOrgId = to.orgId();
        leadName = name;
    }

    Optional<PlanParty> party(String orgId) {
        return parties.stream().filter(p -> p.orgId().equals(orgId)).findFirst();
    }

    /** Closes the plan; {@code byOrg} is null when the system closes it (consent withdrawn). */
    void close(ClosureReason reason, String note, String byOrg, Instant at) {
        status = PlanStatus.CLOSED;
        closureReason = reason;
        closureNote = note;
        closedByOrg = byOrg;
        closedAt = at;
    }
}
