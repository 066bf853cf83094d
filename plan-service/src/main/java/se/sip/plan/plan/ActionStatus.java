package se.sip.plan.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "PLANNED planerad · ONGOING pågår · DONE genomförd · CANCELLED avbruten")
public enum ActionStatus {
    PLANNED,
    ONGOING,
    DONE,
    CANCELLED
}
