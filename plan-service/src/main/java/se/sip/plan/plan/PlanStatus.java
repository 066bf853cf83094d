package se.sip.plan.plan;

public enum PlanStatus {
    ACTIVE,
    CLOSED
}
