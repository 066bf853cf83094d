package se.sip.plan.milestone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The time rules of docs/domain.md ("Time rules the system must track"), one kind each. */
@Schema(description = "FIRST_MEETING första SIP-/samverkansmötet 2–3 månader in i LVM-vården ·"
        + " FOLLOW_UP_IN_CARE uppföljningsmöte 5 månader in i LVM-vården ·"
        + " FOLLOW_UP_AFTER_DISCHARGE uppföljningsmöte 2–3 månader efter avslutad LVM-vård ·"
        + " NEXT_FOLLOW_UP_BOOKED varje möte bokar in nästa uppföljning ·"
        + " MINUTES_TO_ADJUSTERS arbetsanteckningarna till justerarna inom en vecka ·"
        + " ADJUSTERS_ANSWER justerarnas svar inom en vecka ·"
        + " ORDER_CONTACT kontakt med resursenheten inom två veckor från beställningen ·"
        + " PERIODIC_FOLLOW_UP insatsen för unga följs upp minst var sjätte månad ·"
        + " CLOSURE_DOCUMENTATION dokumentationen klar inom två veckor efter avslut")
enum MilestoneKind {
    FIRST_MEETING,
    FOLLOW_UP_IN_CARE,
    FOLLOW_UP_AFTER_DISCHARGE,
    NEXT_FOLLOW_UP_BOOKED,
    MINUTES_TO_ADJUSTERS,
    ADJUSTERS_ANSWER,
    ORDER_CONTACT,
    PERIODIC_FOLLOW_UP,
    CLOSURE_DOCUMENTATION
}
