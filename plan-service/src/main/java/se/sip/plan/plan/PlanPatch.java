package se.sip.plan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.problem.Problem.FieldError;
import se.sip.platform.problem.ProblemException;

/**
 * A JSON Merge Patch (RFC 7396) of a plan's own fields. Read by hand from the JSON tree, since a merge patch tells an
 * absent member (keep) from a null one (remove), which a bound record cannot; then validated like any body.
 */
@Schema(name = "PlanPatch", description = "A JSON Merge Patch (RFC 7396) of the plan's own fields: a member given"
        + " replaces the plan's, a member given as null removes it (only where the field is optional), a member absent"
        + " stays as it is. Parties, the lead, life areas, actions, measures and the youth order have calls of their"
        + " own; naming them here, or any other member, is refused with 400.")
record PlanPatch(
        @Size(min = 1, max = 4000) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        @Schema(description = "Why the plan exists: the needs seen; cannot be removed") String needs,
        @Size(min = 1, max = 4000) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        @Schema(description = "The individual's own overall goal, in their words; cannot be removed")
        String individualGoal,
        @Size(max = 4000) @Schema(description = "The professionals' goal, kept beside the individual's own and marked"
                + " as the professionals'; null removes it", nullable = true) String professionalGoal,
        @Valid @Schema(description = "Who speaks for the individual beside them; null removes it", nullable = true)
        PlanRequest.Representative representative,
        @Min(value = 1, message = "must be between 1 and 60") @Max(value = 60, message = "must be between 1 and 60")
        @Schema(description = "How many months the plan covers; cannot be removed", example = "12") Integer horizonMonths,
        @Valid @Schema(description = "LVM_AFTERCARE: only the expected discharge may change") CareEpisodePatch careEpisode,
        @Size(max = 4000) @Schema(description = "Earlier and current interventions, and how they work; null removes it",
                nullable = true) String currentInterventions,
        @Valid @Schema(description = "A plan for a child: the child's own view, as last given; null removes it",
                nullable = true) PlanRequest.ChildViewDto childView,
        @Valid @Schema(description = "A plan for a child: who speaks for the child when absent; null removes it",
                nullable = true) PlanRequest.ChildSpokespersonDto childSpokesperson) {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    /** Not blank; written so that Java and ECMA-262 (the partners' validators) read it alike. */
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    private static final Set<String> REQUIRED = Set.of(PlanChanges.NEEDS, PlanChanges.INDIVIDUAL_GOAL,
            PlanChanges.HORIZON_MONTHS);
    private static final Set<String> MEMBERS = Set.of(PlanChanges.NEEDS, PlanChanges.INDIVIDUAL_GOAL,
            PlanChanges.PROFESSIONAL_GOAL, PlanChanges.REPRESENTATIVE, PlanChanges.HORIZON_MONTHS, "careEpisode",
            PlanChanges.CURRENT_INTERVENTIONS, PlanChanges.CHILD_VIEW, PlanChanges.CHILD_SPOKESPERSON);
    private static final String DISCHARGE = "expectedDischargeOn";
    /** Where a member that cannot be patched is changed instead. */
    private static final Map<String, String> ELSEWHERE = Map.of(
            "parties", "POST or DELETE /api/v1/plans/{id}/parties",
            "lead", "PUT /api/v1/plans/{id}/lead",
            "lifeAreas", "PUT /api/v1/plans/{id}/life-areas/{area}",
            "actions", "/api/v1/plans/{id}/actions",
            "otherMeasures", "PUT /api/v1/plans/{id}/other-measures",
            "youthOrder", "PUT /api/v1/plans/{id}/youth-order",
            "youthRefusals", "POST /api/v1/plans/{id}/youth-order/refusals",
            "continuationDecisions", "POST /api/v1/plans/{id}/youth-order/continuation-decisions",
            "status", "POST /api/v1/plans/{id}/closure");

    @Schema(name = "CareEpisodePatch", description = "The care episode's one member a patch may change")
    record CareEpisodePatch(
            @Schema(description = "Expected discharge (utskrivning); null removes it. The discharge"
                    + " milestones follow it", example = "2027-05-01",
                    nullable = true) LocalDate expectedDischargeOn) {
    }

    /**
     * The amendment the patch asks for; 400 naming each member in error when the body is no object, names a member
     * that cannot be patched, removes a required one, or holds a value of the wrong type or size.
     */
    static PlanAmendment read(JsonNode body, ObjectMapper json, Validator validator) throws JsonProcessingException {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid(List.of(new FieldError("body", "must be a JSON object (a merge patch)")));
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> given = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> members = body.fields(); members.hasNext();) {
            Map.Entry<String, JsonNode> member = members.next();
            String name = member.getKey();
            if (!MEMBERS.contains(name)) {
                errors.add(new FieldError(name, ELSEWHERE.containsKey(name)
                        ? "cannot be changed by a merge patch: use " + ELSEWHERE.get(name)
                        : "cannot be changed by a merge patch; the members that can are " + String.join(", ",
                                MEMBERS.stream().sorted().toList())));
            } else if (member.getValue().isNull() && (REQUIRED.contains(name) || "careEpisode".equals(name))) {
                errors.add(new FieldError(name, "cannot be removed (null)"));
            } else if ("careEpisode".equals(name)) {
                careEpisode(member.getValue(), errors, given);
            } else {
                given.add(name);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        PlanPatch patch = json.treeToValue(body, PlanPatch.class);
        var violations = validator.validate(patch);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return new PlanAmendment(Set.copyOf(given), patch.needs, patch.individualGoal, patch.professionalGoal,
                patch.representative == null ? null
                        : new PlanStart.Representative(patch.representative.role(), patch.representative.name()),
                patch.horizonMonths,
                patch.careEpisode == null ? null : patch.careEpisode.expectedDischargeOn(),
                patch.currentInterventions,
                patch.childView == null ? null : patch.childView.toOpinion(),
                patch.childSpokesperson == null ? null : patch.childSpokesperson.toSpokesperson());
    }

    private static void careEpisode(JsonNode episode, List<FieldError> errors, Set<String> given) {
        if (!episode.isObject()) {
            errors.add(new FieldError("careEpisode", "must be an object"));
            return;
        }
        episode.fieldNames().forEachRemaining(name -> {
            if (DISCHARGE.equals(name)) {
                given.add(PlanChanges.EXPECTED_DISCHARGE_ON);
            } else {
                errors.add(new FieldError("careEpisode." + name, "cannot be changed: only"
                        + " careEpisode.expectedDischargeOn can"));
            }
        });
    }
}
