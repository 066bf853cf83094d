package se.sip.plan.plan;

import java.time.LocalDate;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * Has the milestone scan (MilestoneScheduler) read a plan at its next round after every write of it: a write raises
 * the plan's version whatever part changed, and its check date is set to a day long past, so the scan reckons the
 * date anew from what changed.
 */
public class MilestoneCheckMark {

    @PrePersist
    @PreUpdate
    void checkMilestonesAgain(Plan plan) {
        plan.milestoneCheckOn = LocalDate.EPOCH;
    }
}
