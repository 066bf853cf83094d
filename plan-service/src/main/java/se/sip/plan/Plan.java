package se.sip.plan;

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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import se.sip.platform.events.EventParty;
import se.sip.platform.security.OrgType;

/** A coordinated plan (samordnad plan) for one person, led by one of its parties (huvudansvarig). */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    public UUID id;

    /** The twelve digits; only ever returned to organisations that may see this plan. */
    @Column(name = "person_id")
    public String personId;

    @Column(name = "person_ref")
    public String personRef;

    @Enumerated(EnumType.STRING)
    public PlanKind kind;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    @Column(name = "lead_org_id")
    public String leadOrgId;

    @Column(name = "lead_name")
    public String leadName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_party", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<PlanParty> parties = new ArrayList<>();

    /*
     * Life areas and goals are collections the plan owns, so changing them raises the plan's version: one ETag
     * guards the whole plan. Fetched eagerly (each by its own select) because views are built after the commit.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "plan_life_area", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "life_area")
    @Column(name = "current_situation")
    public Map<LifeArea, String> situations = new EnumMap<>(LifeArea.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "plan_goal", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<PlanGoal> goals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "plan_action", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<PlanAction> actions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "plan_placement_change", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<PlacementChange> placementChanges = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "plan_deviation", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<Deviation> deviations = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "plan_lead_change", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<LeadChange> leadChanges = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "plan_other_measure", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<OtherMeasure> otherMeasures = new ArrayList<>();

    /** YOUTH_ASSIGNMENT: the order to the resource unit; null until given (and for the other kinds). */
    @Embedded
    public YouthOrder youthOrder;

    /** Care episode (LVM): when the compulsory care began, where, and the expected discharge. */
    @Column(name = "lvm_started_on")
    public LocalDate lvmStartedOn;

    public String institution;

    @Column(name = "expected_discharge_on")
    public LocalDate expectedDischargeOn;

    @Column(name = "horizon_months")
    public int horizonMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "representative_role")
    public RepresentativeRole representativeRole;

    @Column(name = "representative_name")
    public String representativeName;

    @Column(name = "individual_goal")
    public String individualGoal;

    public String needs;

    /** The consent consent-service named when the plan was started. */
    @Column(name = "consent_id")
    public UUID consentId;

    @Column(name = "created_by_org")
    public String createdByOrg;

    @Column(name = "created_by_sub")
    public String createdBySub;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    public ClosureReason closureReason;

    @Column(name = "closure_note")
    public String closureNote;

    @Column(name = "closed_by_org")
    public String closedByOrg;

    @Version
    public int version;

    public boolean hasParty(String orgId) {
        return parties.stream().anyMatch(p -> p.orgId.equals(orgId));
    }

    public List<String> partyOrgIds() {
        return parties.stream().map(p -> p.orgId).toList();
    }

    public List<EventParty> eventParties() {
        return parties.stream().map(p -> new EventParty(p.orgId, p.orgType.name())).toList();
    }

    public List<PlanGoal> goalsIn(LifeArea area) {
        return goals.stream().filter(g -> g.area == area).toList();
    }

    /** Replaces what the plan says about one life area; the other areas' goals keep their places. */
    public void describe(LifeArea area, String currentSituation, List<PlanGoal> areaGoals) {
        situations.put(area, currentSituation);
        goals.removeIf(g -> g.area == area);
        goals.addAll(areaGoals);
    }

    public Optional<PlanAction> action(UUID actionId) {
        return actions.stream().filter(a -> a.id.equals(actionId)).findFirst();
    }

    /**
     * Records a placement change. With the discharge SiS's part in the plan ends (its care is over; the municipality
     * carries the aftercare), so its parties leave the plan and, with them, their access to it.
     */
    public void record(PlacementChange change) {
        placementChanges.add(change);
        if (change.type == PlacementChangeType.DISCHARGED) {
            parties.removeIf(x -> x.orgType == OrgType.SIS);
        }
    }

    /** Hands the lead to another of the parties, and records the change (the history is kept with the plan). */
    public void changeLead(PlanParty to, String name, String byOrg, String bySub, Instant at) {
        leadChanges.add(new LeadChange(leadOrgId, leadName, to.orgId, name, byOrg, bySub, at));
        leadOrgId = to.orgId;
        leadName = name;
    }

    public Optional<PlanParty> party(String orgId) {
        return parties.stream().filter(p -> p.orgId.equals(orgId)).findFirst();
    }

    /** Closes the plan; {@code byOrg} is null when the system closes it (consent withdrawn). */
    public void close(ClosureReason reason, String note, String byOrg, Instant at) {
        status = PlanStatus.CLOSED;
        closureReason = reason;
        closureNote = note;
        closedByOrg = byOrg;
        closedAt = at;
    }
}
