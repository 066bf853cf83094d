package se.sip.plan.milestone;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.platform.problem.Problem;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/plans/{id}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans (samordnade planer)")
class MilestoneResource {

    @Inject
    MilestoneService service;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "getPlanMilestones", summary = "The plan's time rules (tidpunkter att bevaka)",
            description = "Every time rule that applies to the plan's kind and history, with its window and status as"
                    + " of today: LVM_AFTERCARE plans get FIRST_MEETING (2–3 months after careEpisode.lvmStartedOn),"
                    + " FOLLOW_UP_IN_CARE (in the fifth month of care: 4–5 months after it began; left out when the"
                    + " person was discharged before) and, after the DISCHARGED placement change, FOLLOW_UP_AFTER_DISCHARGE"
                    + " (2–3 months after its effectiveOn). YOUTH_ASSIGNMENT plans get ORDER_CONTACT (2 weeks from"
                    + " youthOrder.orderedOn, the order to the resource unit; from the plan's start until an order is"
                    + " recorded) and PERIODIC_FOLLOW_UP in rounds (each due 6 months after the previous follow-up,"
                    + " the first after the order, its window opening a month before). Every held"
                    + " meeting brings MINUTES_TO_ADJUSTERS (1 week from the day held; met when minutes are submitted),"
                    + " then ADJUSTERS_ANSWER (1 week from the latest submission; met on approval) and, unless it was an"
                    + " officials' meeting, NEXT_FOLLOW_UP_BOOKED (1 week from the day held; met when a later FOLLOW_UP"
                    + " or SIP meeting of the plan was booked by then, seeds 000 and 001: a date in the minutes alone"
                    + " leaves it open, with a `hint` saying the named date still needs a booking). A closed plan gets"
                    + " CLOSURE_DOCUMENTATION (2 weeks from the closure; met when the minutes of every held meeting are"
                    + " approved) and keeps of the others only those met or ended before the closure."
                    + " A rule waiting for a meeting is MET by a held SIP, COLLABORATION or FOLLOW_UP meeting (never an"
                    + " OFFICIALS or START_UP meeting; any meeting for ORDER_CONTACT): FIRST_MEETING by one held by its"
                    + " last day, PERIODIC_FOLLOW_UP by one held after the previous follow-up and by its last day, the"
                    + " others by one held inside the window. Status: MET once met; otherwise UPCOMING before dueFrom,"
                    + " DUE from dueFrom to dueBy, OVERDUE after dueBy. Dates are Europe/Stockholm calendar dates and"
                    + " windows include both ends. Months are calendar months counted from the day (LocalDate.plusMonths):"
                    + " at a month's end the day is clamped to the last day of the shorter month, so one month after"
                    + " 31 January is 28 February (29 in a leap year) and two months after 31 December is the last day of"
                    + " February; a week is 7 days. Meeting times come from meeting-service's events, so a meeting held"
                    + " a moment ago may show a moment later. Visible as the plan itself is.")
    @APIResponse(responseCode = "200", description = "The milestones, ordered by window",
            content = @Content(schema = @Schema(implementation = MilestonesView.class),
                    examples = @ExampleObject(name = "LVM aftercare", value = MilestoneExamples.MILESTONES)))
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = MilestoneExamples.NOT_FOUND)))
    public MilestonesView get(@PathParam("id") UUID id) {
        LocalDate today = service.today();
        return new MilestonesView(id, today, service.of(caller.get(), id, today));
    }
}
