package se.sip.plan;

public enum PlanStatus {
    ACTIVE,
    CLOSED
}
