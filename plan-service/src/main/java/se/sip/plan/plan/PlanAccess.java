package se.sip.plan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.sip.platform.access.AccessRule;
import se.sip.platform.consent.ConsentProjection;
import se.sip.platform.security.Caller;

/**
 * The one place that decides whether an organisation may see a plan (docs/contract.md, "Identity and access"): the lead
 * always, since it must document the plan and keeps access after consent ends; any other party only while a consent
 * in force shares the person's information with it. Answered from the local consent projection, never by asking
 * consent-service, so reads do not depend on it being up. Applied by
 * {@link se.sip.platform.access.PersonDataAccess}, which writes the access log row of every use.
 */
@ApplicationScoped
class PlanAccess implements AccessRule<Plan> {

    static final String PLAN = "plan";

    private final ConsentProjection consents;
    private final Clock clock;

    PlanAccess(ConsentProjection consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    @Override
    public String resourceType() {
        return PLAN;
    }

    @Override
    public String idOf(Plan plan) {
        return plan.id.toString();
    }

    @Override
    public String personRefOf(Plan plan) {
        return plan.personRef;
    }

    @Override
    public boolean maySee(Caller caller, Plan plan) {
        return visible(caller, List.of(plan)).size() == 1;
    }

    /** Those of one person's plans the caller may see, in the order given. */
    List<Plan> visible(Caller caller, List<Plan> plansOfOnePerson) {
        if (plansOfOnePerson.isEmpty()) {
            return List.of();
        }
        // The consent question depends only on person and organisation: asked once for the whole list.
        boolean shared = consents.sharesWith(plansOfOnePerson.get(0).personRef, caller.org(), LocalDate.now(clock));
        return plansOfOnePerson.stream()
                .filter(p -> caller.belongsTo(p.leadOrgId) || shared && p.hasParty(caller.org()))
                .toList();
    }
}
