package se.sip.plan.plan;

/** The nine life areas (livsområden) a plan describes the person's situation and goals in. */
public enum LifeArea {
    SUBSTANCE_USE,
    MENTAL_HEALTH,
    PHYSICAL_HEALTH,
    FAMILY_NETWORK,
    WORK_OCCUPATION,
    HOUSING,
    CRIMINALITY,
    LEISURE,
    OTHER
}
