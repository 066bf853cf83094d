package se.sip.plan.milestone;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Milestones", description = "The plan's milestones (tidpunkter att bevaka) as of a day")
record MilestonesView(UUID planId,
        @Schema(description = "The day (Europe/Stockholm) the statuses are reckoned on") LocalDate asOf,
        List<Milestone> milestones) {
}
