package se.sip.plan.milestone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The time rules of docs/domain.md ("Time rules the system must track"), one kind each, and the product rules beside
 * them; the schema names each rule's seed, or "produktregel".
 */
@Schema(description = "FIRST_MEETING första SIP-/samverkansmötet 2–3 månader in i LVM-vården (000) ·"
        + " FOLLOW_UP_IN_CARE uppföljningsmöte 5 månader in i LVM-vården, läst som vårdens femte månad (000) ·"
        + " DISCHARGE_PLANNING utskrivningsplanering: ett möte bokat inför förväntad utskrivning (000; fönstret"
        + " produktregel) ·"
        + " DISCHARGE_UNCONFIRMED utskrivningen är inte bekräftad: förväntat utskrivningsdatum har passerat (000) ·"
        + " FOLLOW_UP_AFTER_DISCHARGE uppföljningsmöte 2–3 månader efter avslutad LVM-vård (000) ·"
        + " NEXT_FOLLOW_UP_BOOKED varje möte bokar in nästa uppföljning (000, 001) ·"
        + " MINUTES_TO_ADJUSTERS arbetsanteckningarna till justerarna inom en vecka (001) ·"
        + " ADJUSTERS_ANSWER justerarnas svar inom en vecka (001) ·"
        + " ORDER_CONTACT kontakt med resursenheten inom två veckor från beställningen (004) ·"
        + " IMPLEMENTATION_PLAN genomförandeplan från utföraren inom två veckor efter uppstartsmötet (004; fristen"
        + " produktregel) ·"
        + " PERIODIC_FOLLOW_UP insatsen för unga följs upp minst var sjätte månad, räknat från uppstartsmötet (004) ·"
        + " INTERVENTION_DECISION beslut om insatsens fortsättning: uppföljningsmöte inom 30 dagar före insatsens slut"
        + " (004 tidsbestämd insats; fristen produktregel) ·"
        + " CONTINUATION_DECISION socialsekreterarens bedömning om insatsen kan fortgå utan föräldrarnas samtycke, när"
        + " vårdnadshavare vill avsluta i förtid eller inte samverkar (004; fristen två veckor produktregel) ·"
        + " INTERVENTION_ENDED insatsens tid har gått ut: förläng beställningen eller avsluta planen (004) ·"
        + " PLAN_REVIEW planen ses över under planperiodens sista månad (002) ·"
        + " CLOSURE_DOCUMENTATION dokumentationen klar inom två veckor efter avslut (004)")
enum MilestoneKind {
    FIRST_MEETING,
    FOLLOW_UP_IN_CARE,
    DISCHARGE_PLANNING,
    DISCHARGE_UNCONFIRMED,
    FOLLOW_UP_AFTER_DISCHARGE,
    NEXT_FOLLOW_UP_BOOKED,
    MINUTES_TO_ADJUSTERS,
    ADJUSTERS_ANSWER,
    ORDER_CONTACT,
    IMPLEMENTATION_PLAN,
    PERIODIC_FOLLOW_UP,
    INTERVENTION_DECISION,
    CONTINUATION_DECISION,
    INTERVENTION_ENDED,
    PLAN_REVIEW,
    CLOSURE_DOCUMENTATION
}
