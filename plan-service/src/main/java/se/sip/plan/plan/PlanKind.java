package se.sip.plan.plan;

/** What kind of coordination a plan is; each kind has its own rules about the parties (see PlanRules). */
public enum PlanKind {
    /** Samordnad individuell plan: municipality and health care (region) together. */
    SIP,
    /** Samverkansplan: coordination without health care as a party. */
    COLLABORATION,
    /** Eftervård efter LVM: aftercare planning for a person in compulsory addiction care at SiS. */
    LVM_AFTERCARE,
    /** Uppdrag för unga (≤ 20) i öppenvård: the municipality orders interventions from its resource unit. */
    YOUTH_ASSIGNMENT
}
