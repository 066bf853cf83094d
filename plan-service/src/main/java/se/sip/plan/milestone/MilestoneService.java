package se.sip.plan.milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.plan.meeting.MeetingProjection;
import se.sip.plan.meeting.PlanMeeting;
import se.sip.plan.plan.PlanDetails;
import se.sip.plan.plan.PlanService;
import se.sip.platform.security.Caller;

/** A plan's milestones as of a day, for those who may see the plan. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class MilestoneService {

    private final PlanService plans;
    private final MeetingProjection meetings;
    private final Clock clock;
    private final MilestoneSettings settings;

    MilestoneService(PlanService plans, MeetingProjection meetings, Clock clock, MilestoneSettings settings) {
        this.plans = plans;
        this.meetings = meetings;
        this.clock = clock;
        this.settings = settings;
    }

    /** Today in Europe/Stockholm, the day the statuses are reckoned on. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * 404 unless the caller may see the plan; the read is logged as a read of the plan. The person themselves sees
     * none of the rules about an officials' meeting, which is between officials only.
     */
    List<Milestone> of(Caller caller, UUID planId, LocalDate today) {
        PlanDetails plan = plans.read(caller, planId);
        List<PlanMeeting> ofPlan = meetings.ofPlan(plan.id());
        List<Milestone> all = MilestoneRules.of(PlanFacts.of(plan), ofPlan, today, settings);
        if (!caller.isIndividual()) {
            return all;
        }
        Set<UUID> officials = ofPlan.stream().filter(m -> Meetings.OFFICIALS.equals(m.type()))
                .map(PlanMeeting::meetingId).collect(Collectors.toSet());
        return all.stream().filter(m -> m.meetingId() == null || !officials.contains(m.meetingId())).toList();
    }
}
