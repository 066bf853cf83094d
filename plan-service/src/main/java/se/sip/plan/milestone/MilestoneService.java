package se.sip.plan.milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.plan.Plan;
import se.sip.plan.meeting.MeetingProjection;
import se.sip.plan.service.PlanService;
import se.sip.platform.security.Caller;

/** A plan's milestones as of today, for those who may see the plan. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MilestoneService {

    private final PlanService plans;
    private final MeetingProjection meetings;
    private final Clock clock;

    MilestoneService(PlanService plans, MeetingProjection meetings, Clock clock) {
        this.plans = plans;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** 404 unless the caller may see the plan; the read is logged as a read of the plan. */
    public MilestonesView of(Caller caller, UUID planId) {
        Plan plan = plans.read(caller, planId);
        LocalDate today = LocalDate.now(clock);
        return new MilestonesView(plan.id, today, MilestoneRules.of(plan, meetings.ofPlan(plan.id), today));
    }

    @Schema(name = "Milestones", description = "The plan's milestones (tidpunkter att bevaka) as of a day")
    public record MilestonesView(UUID planId,
            @Schema(description = "The day (Europe/Stockholm) the statuses are reckoned on") LocalDate asOf,
            List<Milestone> milestones) {
    }
}
