package se.sip.plan.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "ADMITTED intagen på LVM-hem · SECTION_27_PLACEMENT vård i annan form enligt 27 § LVM ·"
        + " RETURNED_TO_INSTITUTION åter till LVM-hemmet · DISCHARGED utskriven")
public enum PlacementChangeType {
    ADMITTED,
    SECTION_27_PLACEMENT,
    RETURNED_TO_INSTITUTION,
    DISCHARGED
}
