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
@Tag(name = "Plans")
class MilestoneResource {

    @Inject
    MilestoneService service;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION, Roles.INDIVIDUAL })
    @Operation(operationId = "getPlanMilestones", summary = "The plan's time rules (tidpunkter att bevaka)",
            description = "Every time rule that applies to the plan's kind and history, with its window and status as"
                    + " of today; each says the seed it comes from (docs/domain.md) or that it is a product rule."
                    + " LVM_AFTERCARE, for the current care episode (from careEpisode.lvmStartedOn; a new admission"
                    + " after a discharge begins another, whose rules carry its number: FIRST_MEETING-2):"
                    + " FIRST_MEETING (seed 000, \"2–3 månader in i LVM-vården\": 2–3 months after the care began;"
                    + " met by a meeting held by the last day, earlier counts);"
                    + " FOLLOW_UP_IN_CARE (seed 000, \"5 månader in i LVM-vården\", read as the fifth month of care:"
                    + " from 4 months in to the day 5 months in, both included; care from 15 January has it from"
                    + " 15 May to 15 June, and a meeting on 14 May or 16 June does not meet it; left out when the person"
                    + " was discharged before the window);"
                    + " DISCHARGE_PLANNING-<expected date> (seed 000 has the aftercare planned before the discharge;"
                    + " the window is a product rule: from sip.plan.discharge-planning-weeks, default 4, weeks before"
                    + " careEpisode.expectedDischargeOn to that day; met by a SIP, COLLABORATION or FOLLOW_UP meeting"
                    + " taking place in the window and booked by its last day, held or not; only while no discharge is"
                    + " recorded, and after one only if it was met; the lead is told (follow-up-due) not when the"
                    + " window opens but two weeks before the expected discharge, once per expected date, if no such"
                    + " meeting is booked by then);"
                    + " DISCHARGE_UNCONFIRMED-<expected date> (seed 000: the discharge ends the LVM care and SiS's part;"
                    + " raised when expectedDischargeOn has passed with no DISCHARGED change recorded, due the day after"
                    + " it; met on the day the discharge is recorded; an expected date moved later (PATCH) leaves"
                    + " nothing to confirm, and both discharge rules follow the new date);"
                    + " and after each DISCHARGED change FOLLOW_UP_AFTER_DISCHARGE (seed 000, \"2–3 månader efter"
                    + " avslutad LVM-vård\": 2–3 months after its effectiveOn, whatever the expected date was; left out"
                    + " when a new admission came before its window)."
                    + " YOUTH_ASSIGNMENT plans (seed 004): ORDER_CONTACT (seed 004, 2 weeks from youthOrder.orderedOn,"
                    + " the order to the resource unit, or from the plan's start until an order is recorded; met only"
                    + " by a contact recorded in the window, POST …/youth-order/contacts, whatever the unit answered;"
                    + " no meeting meets it); IMPLEMENTATION_PLAN (product rule, seed 004 asks for the genomförandeplan"
                    + " but sets no deadline: from the first held START_UP meeting to 2 weeks later; met by an"
                    + " implementation plan registered with receivedOn by then, POST …/youth-order/implementation-plans);"
                    + " PERIODIC_FOLLOW_UP in rounds (seed 004, \"minst var sjätte månad\": measured from the held"
                    + " START_UP meeting, when the intervention is under way, and from the order until one is held;"
                    + " each round due 6 months after the previous follow-up, its window opening a month before);"
                    + " INTERVENTION_DECISION-<interventionTo> (seed 004 makes the intervention time-limited; the 30"
                    + " days are a product rule, sip.plan.intervention-decision-days: from 30 days before"
                    + " youthOrder.interventionTo to that day, the lead told when it opens; met by a FOLLOW_UP meeting"
                    + " held in the window); CONTINUATION_DECISION-<refused on> (seed 004: when a guardian withdraws or"
                    + " does not cooperate, the social worker judges whether the intervention can go on without the"
                    + " parents' consent; the 2 weeks are a product rule: from the GUARDIAN refusal's day, met by the"
                    + " first decision recorded from that day, POST …/youth-order/continuation-decisions);"
                    + " INTERVENTION_ENDED-<interventionTo> (seed 004: raised when interventionTo"
                    + " has passed while the plan is active, due the day after; met by the closure; an order extended"
                    + " to a later interventionTo leaves nothing ended, and both intervention rules follow the new"
                    + " date); and a closed one CLOSURE_DOCUMENTATION (seed 004, the youth routine's rule, so no other"
                    + " kind has it: the"
                    + " documentation complete within 2 weeks of the closure; met when the minutes of every held meeting"
                    + " are approved). Every plan gets PLAN_REVIEW-<horizon's end> (seed 002: the plan covers"
                    + " horizonMonths, 12 unless said otherwise, from its start, and is reviewed in its last month, from"
                    + " start + horizon − 1 month to start + horizon; met by a FOLLOW_UP or SIP meeting held then)."
                    + " Every held meeting brings MINUTES_TO_ADJUSTERS (seed 001: 1 week from the day held; met when"
                    + " minutes are submitted), then ADJUSTERS_ANSWER (seed 001: 1 week from the latest submission; met on"
                    + " approval) and, unless it was an officials' meeting, NEXT_FOLLOW_UP_BOOKED (seeds 000 and 001:"
                    + " 1 week from the day held; met when a later FOLLOW_UP or SIP meeting of the plan was booked by"
                    + " then: a date in the minutes alone leaves it open, with a `hint` saying the named date still needs"
                    + " a booking). A closed plan keeps, besides its closure rule, only the milestones met or ended before"
                    + " the closure. A rule waiting for a meeting is MET by a held SIP, COLLABORATION or FOLLOW_UP meeting"
                    + " unless it says otherwise (never an OFFICIALS or START_UP meeting): FIRST_MEETING by one held by"
                    + " its last day, PERIODIC_FOLLOW_UP by one held after the previous follow-up and by its last day,"
                    + " the others by one held inside the window. Ids are stable: the kind, with a meeting id, a round,"
                    + " a care episode's number or the date the rule hangs on where there can be more than one; a moved"
                    + " date is a new milestone, told anew. Status: MET once met; otherwise UPCOMING before dueFrom, DUE"
                    + " from dueFrom to dueBy, OVERDUE after dueBy. Dates are Europe/Stockholm calendar dates and windows"
                    + " include both ends. Months are calendar months counted from the day (LocalDate.plusMonths): at a"
                    + " month's end the day is clamped to the last day of the shorter month, so one month after"
                    + " 31 January is 28 February (29 in a leap year) and two months after 31 December is the last day of"
                    + " February; a week is 7 days. Meeting times come from meeting-service's events, so a meeting held"
                    + " a moment ago may show a moment later. Visible as the plan itself is, to the person themselves"
                    + " (role individual) too, but for the milestones about an OFFICIALS meeting (its minutes and"
                    + " their adjustment): that meeting is between officials only.")
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
