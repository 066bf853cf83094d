package se.sip.fhir.careplan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import se.sip.fhir.api.Dates;
import se.sip.fhir.api.PatientIdentifier;
import se.sip.fhir.api.ResourceSearch;
import se.sip.fhir.upstream.Upstream;

/**
 * A coordinated plan (samordnad individuell plan) as FHIR's CarePlan: the individual's own goal is its description
 * and its first Goal, each life area's goals the next Goals, each action an activity performed by the responsible
 * organisation, and the parties a CareTeam led by the lead party. Goals and the team are contained: they exist only
 * as parts of the plan.
 */
@Singleton
class CarePlanSearch extends ResourceSearch {

    static final String KIND_SYSTEM = "urn:sip:plan-kind";
    static final String LIFE_AREA_SYSTEM = "urn:sip:life-area";
    static final String INTERVENTION_SYSTEM = "urn:sip:intervention";
    private static final Map<String, String> KINDS = Map.of(
            "SIP", "Samordnad individuell plan (SIP)",
            "COLLABORATION", "Samverkansplan",
            "LVM_AFTERCARE", "Plan för eftervård efter LVM",
            "YOUTH_ASSIGNMENT", "Plan för ungdomsvård");

    private final Upstream upstream;

    CarePlanSearch(Upstream upstream) {
        super("CarePlan", "The patient's coordinated plans that the caller's organisation takes part in"
                + " (plan-service's rules), with their goals (contained Goal), actions (activities) and parties"
                + " (contained CareTeam).");
        this.upstream = upstream;
    }

    @Override
    public List<CarePlan> search(PatientIdentifier patient, String authorization) {
        return each(upstream, Upstream.Search.PLANS, patient, authorization, CarePlanSearch::carePlan);
    }

    static CarePlan carePlan(JsonNode source, PatientIdentifier patient) {
        CarePlan plan = new CarePlan();
        plan.setId(source.path("id").asText());
        plan.setStatus("CLOSED".equals(source.path("status").asText()) ? CarePlanStatus.COMPLETED
                : CarePlanStatus.ACTIVE);
        plan.setIntent(CarePlanIntent.PLAN);
        String kind = source.path("kind").asText();
        plan.addCategory(new CodeableConcept(new Coding(KIND_SYSTEM, kind, KINDS.get(kind))));
        plan.setTitle(KINDS.getOrDefault(kind, kind));
        plan.setSubject(patient.reference());
        plan.setCreatedElement(Dates.time(source.path("created").path("at")));
        Period period = new Period().setStartElement(Dates.time(source.path("created").path("at")));
        if (source.path("closure").hasNonNull("at")) {
            period.setEndElement(Dates.time(source.path("closure").path("at")));
        }
        plan.setPeriod(period);
        JsonNode lead = source.path("lead");
        plan.setAuthor(PatientIdentifier.organisation(lead.path("orgId").asText(), lead.path("name").asText()));
        if (source.hasNonNull("individualGoal")) {
            plan.setDescription(source.path("individualGoal").asText());
        }

        CareTeam team = careTeam(source, patient);
        plan.addContained(team);
        plan.addCareTeam(new Reference("#" + team.getId()));

        Map<String, String> goalRefs = new HashMap<>();
        if (source.hasNonNull("individualGoal")) {
            addGoal(plan, "goal-own", source.path("individualGoal").asText(), null, null, patient);
        }
        int n = 0;
        for (JsonNode area : source.path("lifeAreas")) {
            for (JsonNode goal : area.path("goals")) {
                String id = "goal-" + (++n);
                addGoal(plan, id, goal.path("text").asText(), area.path("area").asText(), goal.path("targetDate"),
                        patient);
                goalRefs.put(goal.path("id").asText(), id);
            }
        }
        for (JsonNode action : source.path("actions")) {
            CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
            detail.setStatus(switch (action.path("status").asText()) {
                case "ONGOING" -> CarePlanActivityStatus.INPROGRESS;
                case "DONE" -> CarePlanActivityStatus.COMPLETED;
                case "CANCELLED" -> CarePlanActivityStatus.CANCELLED;
                default -> CarePlanActivityStatus.NOTSTARTED;
            });
            CodeableConcept intervention = new CodeableConcept().setText(action.path("interventionText").asText(null));
            if (action.hasNonNull("intervention")) {
                intervention.addCoding(new Coding(INTERVENTION_SYSTEM, action.path("intervention").asText(), null));
            }
            if (!intervention.isEmpty()) {
                detail.setCode(intervention);
            }
            detail.addReasonCode(new CodeableConcept(new Coding(LIFE_AREA_SYSTEM, action.path("lifeArea").asText(),
                    null)));
            if (action.hasNonNull("description")) {
                detail.setDescription(action.path("description").asText());
            }
            detail.addPerformer(PatientIdentifier.organisation(action.path("responsibleOrgId").asText(), null));
            Period scheduled = new Period().setStartElement(Dates.dayTime(action.path("startOn")))
                    .setEndElement(Dates.dayTime(action.path("dueOn")));
            if (!scheduled.isEmpty()) {
                detail.setScheduled(scheduled);
            }
            String goal = goalRefs.get(action.path("goalId").asText());
            if (goal != null) {
                detail.addGoal(new Reference("#" + goal));
            }
        }
        return plan;
    }

    private static void addGoal(CarePlan plan, String id, String text, String lifeArea, JsonNode targetDate,
            PatientIdentifier patient) {
        Goal goal = new Goal();
        goal.setId(id);
        goal.setLifecycleStatus(GoalLifecycleStatus.ACTIVE);
        goal.setDescription(new CodeableConcept().setText(text));
        goal.setSubject(patient.reference());
        if (lifeArea != null) {
            goal.addCategory(new CodeableConcept(new Coding(LIFE_AREA_SYSTEM, lifeArea, null)));
        }
        if (targetDate != null && Dates.day(targetDate) != null) {
            goal.addTarget().setDue(Dates.day(targetDate));
        }
        plan.addContained(goal);
        plan.addGoal(new Reference("#" + id));
    }

    private static CareTeam careTeam(JsonNode source, PatientIdentifier patient) {
        CareTeam team = new CareTeam();
        team.setId("parties");
        team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
        team.setSubject(patient.reference());
        String lead = source.path("lead").path("orgId").asText();
        for (JsonNode party : source.path("parties")) {
            CareTeam.CareTeamParticipantComponent participant = team.addParticipant().setMember(
                    PatientIdentifier.organisation(party.path("orgId").asText(), party.path("name").asText()));
            participant.addRole().setText(lead.equals(party.path("orgId").asText()) ? "Huvudansvarig"
                    : "Samverkanspart");
        }
        if (!lead.isEmpty()) {
            team.setManagingOrganization(List.of(PatientIdentifier.organisation(lead,
                    source.path("lead").path("name").asText())));
        }
        return team;
    }
}
