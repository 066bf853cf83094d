package se.sip.notification.routing;

import java.util.Set;

import se.sip.platform.events.DeviationReportedData;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.LeadChangedData;
import se.sip.platform.events.MilestoneEventData;
import se.sip.platform.events.PlacementChangedData;
import se.sip.platform.events.PlanChangedData;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.events.PlanPartyChangedData;
import se.sip.platform.events.PlanVersionAgreedData;
import se.sip.platform.events.YouthOrderDeclinedData;

/**
 * The notices about plans: started or closed, what it says (placement, deviation, agreed version, a change of its
 * content), who is in it (a party added or removed, a new lead), its milestones and, in a youth assignment, the
 * resource unit's answer that it will not execute the order.
 */
final class PlanNotices {

    private final Recipients recipients;

    PlanNotices(Recipients recipients) {
        this.recipients = recipients;
    }

    Notice plan(String type, PlanEventData d) {
        Set<String> parties = OrgIds.union(d.partyOrgIds(), recipients.parties(d.planId()));
        OrgIds.addLead(parties, d.leadOrgId());
        String link = "/api/v1/plans/" + d.planId();
        if (EventTypes.PLAN_CREATED.equals(type)) {
            return new Notice(parties, link, "En ny plan där ni är part har startats.",
                    "A new plan with you as a party was started.");
        }
        String reason = d.closureReason() == null ? "" : " (" + d.closureReason() + ")";
        return new Notice(parties, link, "Planen är avslutad" + reason + ".", "The plan was closed" + reason + ".");
    }

    Notice placement(PlacementChangedData d) {
        Set<String> parties = recipients.readers(d.personRef(), d.planId(), d.partyOrgIds(), d.leadOrgId());
        return new Notice(parties, "/api/v1/plans/" + d.planId(),
                "Placeringen har ändrats från " + d.effectiveOn() + ": " + Placements.swedish(d.type()) + ".",
                "The placement changed from " + d.effectiveOn() + ": " + Placements.english(d.type()) + ".");
    }

    Notice deviation(DeviationReportedData d) {
        Set<String> parties = recipients.readers(d.personRef(), d.planId(), d.partyOrgIds(), d.leadOrgId());
        return new Notice(parties, "/api/v1/plans/" + d.planId(), "En avvikelse från planen har rapporterats.",
                "A deviation from the plan was reported.");
    }

    Notice versionAgreed(PlanVersionAgreedData d) {
        Set<String> parties = recipients.readers(d.personRef(), d.planId(), d.partyOrgIds(), d.leadOrgId());
        return new Notice(parties, "/api/v1/plans/" + d.planId() + "/versions/" + d.version(),
                "Version " + d.version() + " av planen är fastställd.",
                "Version " + d.version() + " of the plan was agreed.");
    }

    /**
     * Webhooks only: a plan's content changes often, a part at a time, while it is worked on, and a notification for
     * each change would bury the inbox notices that need acting on. A partner's system that follows the plan
     * subscribes to the type; it reaches those the plan's content may reach (the readers).
     */
    Notice changed(PlanChangedData d) {
        return Notice.forWebhooksOnly(recipients.readers(d.personRef(), d.planId(), d.partyOrgIds(), d.leadOrgId()),
                "/api/v1/plans/" + d.planId());
    }

    /** Only the new party: the others see it in the plan. */
    Notice partyAdded(PlanPartyChangedData d) {
        return new Notice(OrgIds.only(d.orgId()), "/api/v1/plans/" + d.planId(),
                "Ni har lagts till som part i planen. Ni kan nu läsa planen och bjudas in till dess möten.",
                "You were added to the plan as a party. You may now read the plan and be invited to its meetings.");
    }

    /** Only the party that left; SiS leaves an LVM-aftercare plan by itself when the person is discharged. */
    Notice partyRemoved(PlanPartyChangedData d) {
        Set<String> party = OrgIds.only(d.orgId());
        String link = "/api/v1/plans/" + d.planId();
        if (PlanPartyChangedData.DISCHARGED.equals(d.cause())) {
            return new Notice(party, link,
                    "LVM-vården har upphört (utskrivning), och med den SiS del i planen. Ni är inte längre part och"
                            + " har inte längre åtkomst till planen.",
                    "The LVM care has ended (discharge), and with it SiS's part in the plan. You are no longer a"
                            + " party and no longer have access to the plan.");
        }
        return new Notice(party, link,
                "Ni är inte längre part i planen och har inte längre åtkomst till den.",
                "You are no longer a party to the plan and no longer have access to it.");
    }

    /**
     * The previous lead (the event's, else the projection's, which the event has not yet changed) and the new one.
     * One text for both, as a notice has one.
     */
    Notice leadChanged(LeadChangedData d) {
        Set<String> leads = OrgIds.union(recipients.lead(d.previousLeadOrgId(), d.planId()), Set.of());
        OrgIds.addLead(leads, d.leadOrgId());
        return new Notice(leads, "/api/v1/plans/" + d.planId(),
                "Planen har fått en ny huvudansvarig. Är ni ny huvudansvarig leder ni nu planen; var ni"
                        + " huvudansvarig förut är ni kvar som part.",
                "The plan has a new lead. If you are the new lead, you now lead the plan; if you were the lead,"
                        + " you remain a party.");
    }

    Notice milestone(String type, MilestoneEventData d) {
        Set<String> lead = recipients.lead(d.leadOrgId(), d.planId());
        String link = "/api/v1/plans/" + d.planId() + "/milestones";
        if (EventTypes.FOLLOW_UP_DUE.equals(type)) {
            return new Notice(lead, link,
                    "Dags för " + d.kind() + ": senast " + d.dueBy() + ".",
                    "Due: " + d.kind() + ", by " + d.dueBy() + ".");
        }
        return new Notice(lead, link, "Tidsfristen för " + d.kind() + " passerades " + d.dueBy() + ".",
                "The deadline for " + d.kind() + " was missed on " + d.dueBy() + ".");
    }

    /**
     * The lead (the event's, else the projection's), marked for its managers: in a youth assignment (seed 004) the
     * resource unit's written reasons go to the senior social worker, who decides how to go on. The reasons are free
     * text and stay in the plan; the notice names the resource unit by its organisation id only.
     */
    Notice youthOrderDeclined(YouthOrderDeclinedData d) {
        String unit = d.resourceUnitOrgId() == null ? "" : " " + d.resourceUnitOrgId();
        return Notice.forManagers(recipients.lead(d.leadOrgId(), d.planId()), "/api/v1/plans/" + d.planId(),
                "Resursenheten" + unit + " svarade " + d.answeredOn() + " att den inte kommer att verkställa"
                        + " beställningen. Läs skälen i planen och ta ställning till hur ärendet ska gå vidare.",
                "The resource unit" + unit + " answered on " + d.answeredOn() + " that it will not execute the"
                        + " order. Read the reasons in the plan and decide how to go on.");
    }
}
