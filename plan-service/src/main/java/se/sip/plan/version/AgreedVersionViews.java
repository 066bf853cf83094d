package se.sip.plan.version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.plan.rest.PlanView;

/** The two shapes an agreed version is read in: a line of the list, and the whole snapshot. */
final class AgreedVersionViews {

    private AgreedVersionViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AgreedVersionSummary", description = "One agreed version (fastställd version) of a plan")
    record Summary(
            @Schema(description = "1, 2, … in the order agreed", example = "2") int version,
            @Schema(description = "When the minutes that agreed it were approved (justerade)") Instant agreedAt,
            @Schema(description = "The meeting whose minutes agreed it") UUID meetingId,
            @Schema(description = "Which revision of those minutes was approved", example = "1") int minutesRevision,
            @Schema(description = "The next follow-up the minutes booked, when they named one") LocalDate nextFollowUpOn) {

        static Summary of(AgreedVersion v) {
            return new Summary(v.number, v.agreedAt, v.meetingId, v.minutesRevision, v.nextFollowUpOn);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AgreedVersion", description = "An agreed version (fastställd version): the plan as it stood when"
            + " the minutes were approved, never changed afterwards")
    record Full(int version, Instant agreedAt, UUID meetingId, int minutesRevision, LocalDate nextFollowUpOn,
            @Schema(description = "The plan at that moment, as GET plan then answered") PlanView plan) {
    }

    /** For the OpenAPI document only: Page of Summary. */
    @Schema(name = "AgreedVersionPage")
    static final class SummaryPage {
        public java.util.List<Summary> items;
        public int page;
        public int size;
        public long total;
    }
}
