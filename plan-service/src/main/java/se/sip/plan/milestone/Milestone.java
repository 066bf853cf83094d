package se.sip.plan.milestone;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One time rule applied to one plan: its window (Europe/Stockholm dates, both included) and where it stands. */
@Schema(name = "Milestone", description = "En tidsregel för planen (tidpunkt att bevaka)")
@JsonInclude(JsonInclude.Include.NON_NULL)
record Milestone(
        @Schema(description = "Stable for this rule of this plan: the kind, and for rules about one meeting or one"
                + " round its meeting id or round number", example = "MINUTES_TO_ADJUSTERS-9d2f6c1e-4b7a-4f4e-8c1d-2a3b4c5d6e7f")
        String id,
        MilestoneKind kind,
        @Schema(description = "The first day of the window") LocalDate dueFrom,
        @Schema(description = "The last day of the window") LocalDate dueBy,
        MilestoneStatus status,
        @Schema(description = "The meeting the rule is about (minutes, next follow-up) or that met it")
        UUID meetingId,
        @Schema(description = "The day it was met") LocalDate metBy,
        @Schema(description = "What would meet it, where the plan holds a clue (e.g. the minutes named a date that no"
                + " meeting is booked for yet)") String hint) {

    /** The rule with its status on {@code today}; {@code metBy} null while unmet. */
    static Milestone of(String id, MilestoneKind kind, LocalDate dueFrom, LocalDate dueBy, LocalDate today,
            UUID meetingId, LocalDate metBy) {
        return new Milestone(id, kind, dueFrom, dueBy, statusOn(today, dueFrom, dueBy, metBy), meetingId, metBy, null);
    }

    /** The status on {@code today}: met whenever met; otherwise by where today falls against the window. */
    static MilestoneStatus statusOn(LocalDate today, LocalDate dueFrom, LocalDate dueBy, LocalDate metBy) {
        if (metBy != null) {
            return MilestoneStatus.MET;
        }
        if (today.isAfter(dueBy)) {
            return MilestoneStatus.OVERDUE;
        }
        return today.isBefore(dueFrom) ? MilestoneStatus.UPCOMING : MilestoneStatus.DUE;
    }
}
