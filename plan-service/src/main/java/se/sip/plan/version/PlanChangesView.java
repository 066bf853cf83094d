package se.sip.plan.version;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.plan.plan.ActionView;
import se.sip.plan.plan.LifeArea;
import se.sip.plan.plan.PlanRequest;
import se.sip.plan.plan.PlanView;

@Schema(name = "PlanChanges", description = "What changed in an agreed version since the one before it (ändringar sedan"
        + " föregående fastställda version). Version 1 is compared with nothing: everything in it is new.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlanChangesView(
        @Schema(description = "The agreed version described", example = "2") int version,
        @Schema(description = "The agreed version compared with; absent for version 1", example = "1") Integer comparedWith,
        @Schema(description = "The plan's own fields that changed, of: status, lead, parties, careEpisode,"
                + " horizonMonths, representative, individualGoal, professionalGoal, needs, currentInterventions,"
                + " otherMeasures, youthOrder", example = "[\"lead\", \"needs\"]")
        List<String> changedFields,
        @Schema(description = "The lead (huvudansvarig) before and after; absent when unchanged") LeadChange lead,
        @Schema(description = "Parties that joined, left, or whose name, type or contact changed") PartyChanges parties,
        @Schema(description = "The individual's own goal before and after; absent when unchanged") TextChange individualGoal,
        @Schema(description = "The needs before and after; absent when unchanged") TextChange needs,
        @Schema(description = "Only the life areas in which something changed, in the order of the nine areas")
        List<LifeAreaChanges> lifeAreas,
        @Schema(description = "Only the actions added, removed or changed, in the plan's order (removed ones last)")
        List<ActionChange> actions) {

    @Schema(name = "LeadBeforeAfter", description = "The lead in the version before, and in this one")
    record LeadChange(PlanRequest.Lead from, PlanRequest.Lead to) {
    }

    @Schema(name = "TextBeforeAfter", description = "A text in the version before, and in this one")
    record TextChange(String from, String to) {
    }

    record PartyChanges(List<PlanRequest.PartyDto> added, List<PlanRequest.PartyDto> removed,
            @Schema(description = "The parties as they now are") List<PlanRequest.PartyDto> changed) {
    }

    @Schema(name = "LifeAreaChanges", description = "What changed in one life area (livsområde)")
    record LifeAreaChanges(LifeArea area,
            @Schema(description = "Whether the current situation (nuläge) changed") boolean situationChanged,
            @Schema(description = "The current situation before and after, when it changed") TextChange situation,
            List<PlanView.Goal> goalsAdded,
            List<PlanView.Goal> goalsRemoved,
            @Schema(description = "Goals kept (same id) whose text or target date changed") List<GoalChange> goalsChanged) {
    }

    record GoalChange(UUID id,
            @Schema(description = "Which of text and targetDate changed") List<String> fields,
            PlanView.Goal from, PlanView.Goal to) {
    }

    @Schema(name = "ActionChange", description = "One action (åtgärd) added, removed or changed")
    record ActionChange(UUID id, Kind change,
            @Schema(description = "For CHANGED: the fields that changed, e.g. status, dueOn") List<String> fields,
            @Schema(description = "The action as agreed in this version; for REMOVED, as it was before") ActionView action) {

        @Schema(name = "ActionChangeKind")
        enum Kind {
            ADDED,
            REMOVED,
            CHANGED
        }
    }

    private static final List<String> PLAN_FIELDS = List.of("status", "lead", "parties", "careEpisode",
            "horizonMonths", "representative", "individualGoal", "professionalGoal", "needs", "currentInterventions",
            "otherMeasures", "youthOrder");

    /** The changes from {@code before} (null for the first version) to {@code after}. */
    static PlanChangesView between(int version, PlanView before, PlanView after) {
        return new PlanChangesView(version, before == null ? null : version - 1,
                PLAN_FIELDS.stream().filter(f -> !Objects.equals(component(before, f), component(after, f))).toList(),
                Objects.equals(lead(before), after.lead()) ? null : new LeadChange(lead(before), after.lead()),
                parties(before == null ? List.of() : before.parties(), after.parties()),
                text(before == null ? null : before.individualGoal(), after.individualGoal()),
                text(before == null ? null : before.needs(), after.needs()),
                Arrays.stream(LifeArea.values())
                        .map(a -> lifeArea(a, area(before, a), area(after, a)))
                        .filter(Objects::nonNull).toList(),
                actions(before == null ? List.of() : before.actions(), after.actions()));
    }

    private static PlanRequest.Lead lead(PlanView plan) {
        return plan == null ? null : plan.lead();
    }

    private static TextChange text(String from, String to) {
        return Objects.equals(from, to) ? null : new TextChange(from, to);
    }

    private static PartyChanges parties(List<PlanRequest.PartyDto> before, List<PlanRequest.PartyDto> after) {
        Map<String, PlanRequest.PartyDto> was = byId(before, PlanRequest.PartyDto::orgId);
        Map<String, PlanRequest.PartyDto> is = byId(after, PlanRequest.PartyDto::orgId);
        PartyChanges changes = new PartyChanges(
                after.stream().filter(p -> !was.containsKey(p.orgId())).toList(),
                before.stream().filter(p -> !is.containsKey(p.orgId())).toList(),
                after.stream().filter(p -> was.containsKey(p.orgId()) && !was.get(p.orgId()).equals(p)).toList());
        return changes.added().isEmpty() && changes.removed().isEmpty() && changes.changed().isEmpty() ? null : changes;
    }

    private static PlanView.LifeAreaView area(PlanView plan, LifeArea area) {
        PlanView.LifeAreaView none = new PlanView.LifeAreaView(area, null, List.of());
        return plan == null ? none
                : plan.lifeAreas().stream().filter(a -> a.area() == area).findFirst().orElse(none);
    }

    private static LifeAreaChanges lifeArea(LifeArea area, PlanView.LifeAreaView before, PlanView.LifeAreaView after) {
        Map<UUID, PlanView.Goal> was = byId(before.goals(), PlanView.Goal::id);
        Map<UUID, PlanView.Goal> is = byId(after.goals(), PlanView.Goal::id);
        List<GoalChange> changed = after.goals().stream()
                .filter(g -> was.containsKey(g.id()) && !was.get(g.id()).equals(g))
                .map(g -> new GoalChange(g.id(), changedComponents(was.get(g.id()), g), was.get(g.id()), g))
                .toList();
        TextChange situation = text(before.currentSituation(), after.currentSituation());
        LifeAreaChanges changes = new LifeAreaChanges(area, situation != null, situation,
                after.goals().stream().filter(g -> !was.containsKey(g.id())).toList(),
                before.goals().stream().filter(g -> !is.containsKey(g.id())).toList(),
                changed);
        boolean any = situation != null || !changes.goalsAdded().isEmpty() || !changes.goalsRemoved().isEmpty()
                || !changed.isEmpty();
        return any ? changes : null;
    }

    private static List<ActionChange> actions(List<ActionView> before, List<ActionView> after) {
        Map<UUID, ActionView> was = byId(before, ActionView::id);
        Map<UUID, ActionView> is = byId(after, ActionView::id);
        List<ActionChange> changes = new ArrayList<>();
        for (ActionView a : after) {
            ActionView old = was.get(a.id());
            if (old == null) {
                changes.add(new ActionChange(a.id(), ActionChange.Kind.ADDED, null, a));
            } else if (!old.equals(a)) {
                changes.add(new ActionChange(a.id(), ActionChange.Kind.CHANGED, changedComponents(old, a), a));
            }
        }
        before.stream().filter(a -> !is.containsKey(a.id()))
                .forEach(a -> changes.add(new ActionChange(a.id(), ActionChange.Kind.REMOVED, null, a)));
        return changes;
    }

    private static <K, T> Map<K, T> byId(List<T> items, Function<T, K> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }

    /** The names of the components in which two records of one type differ, in declaration order. */
    private static List<String> changedComponents(Record before, Record after) {
        return Arrays.stream(after.getClass().getRecordComponents())
                .filter(c -> !Objects.equals(value(c, before), value(c, after)))
                .map(RecordComponent::getName).toList();
    }

    private static Object component(PlanView plan, String name) {
        if (plan == null) {
            return null;
        }
        RecordComponent component = Arrays.stream(PlanView.class.getRecordComponents())
                .filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
        return value(component, plan);
    }

    private static Object value(RecordComponent component, Record of) {
        try {
            return component.getAccessor().invoke(of);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Record component " + component.getName() + " could not be read", e);
        }
    }
}
