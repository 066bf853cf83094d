package se.sip.meeting.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.sip.platform.access.AccessRule;
import se.sip.platform.consent.ConsentProjection;
import se.sip.platform.plan.PlanProjection;
import se.sip.platform.plan.PlanSnapshot;
import se.sip.platform.security.Caller;
import se.sip.platform.security.ServiceTokens;

/**
 * Who may see a meeting: as for its plan (docs/contract.md, "Identity and access"), the plan's lead organisation always, any
 * other party of the plan while a consent in force shares the person's information with it. Answered from the local
 * plan and consent projections, never by asking another service. Our own services (notification-service sending the
 * invitations) read every meeting; their reads are access-logged like anyone's. The person themselves sees their own
 * meetings where an operation lets them ({@link #shownToThePerson}).
 */
@ApplicationScoped
class MeetingAccess implements AccessRule<Meeting> {

    static final String MEETING = "meeting";

    private final PlanProjection plans;
    private final ConsentProjection consents;
    private final Clock clock;
    private final ServiceTokens services;

    MeetingAccess(PlanProjection plans, ConsentProjection consents, Clock clock, ServiceTokens services) {
        this.plans = plans;
        this.consents = consents;
        this.clock = clock;
        this.services = services;
    }

    @Override
    public String resourceType() {
        return MEETING;
    }

    @Override
    public String idOf(Meeting meeting) {
        return meeting.id.toString();
    }

    @Override
    public String personRefOf(Meeting meeting) {
        return meeting.personRef;
    }

    @Override
    public boolean maySee(Caller caller, Meeting meeting) {
        return plans.find(meeting.planId).map(plan -> maySee(caller, plan)).orElse(false);
    }

    /**
     * The person sees their own meetings but an OFFICIALS one (tjänstemannamöte): held between officials without
     * them, its minutes internal to the organisations.
     */
    @Override
    public boolean shownToThePerson(Meeting meeting) {
        return meeting.type != MeetingType.OFFICIALS;
    }

    /** Those of the meetings the caller may see, in the order given; each plan is looked at once. */
    public List<Meeting> visible(Caller caller, List<Meeting> meetings) {
        Map<UUID, Boolean> byPlan = new HashMap<>();
        return meetings.stream()
                .filter(m -> byPlan.computeIfAbsent(m.planId, id -> plans.find(id).map(p -> maySee(caller, p))
                        .orElse(false)))
                .toList();
    }

    private boolean maySee(Caller caller, PlanSnapshot plan) {
        return services.isOwnService(caller) || caller.belongsTo(plan.leadOrgId()) || plan.hasParty(caller.org())
                && consents.sharesWith(plan.personRef(), caller.org(), LocalDate.now(clock));
    }
}
