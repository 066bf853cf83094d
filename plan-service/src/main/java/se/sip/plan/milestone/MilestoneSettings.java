package se.sip.plan.milestone;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The product rules' lengths, which are configuration, not seed: how many weeks before the expected discharge the
 * discharge planning's window opens ({@code sip.plan.discharge-planning-weeks}, default 4) and how many days before
 * a youth intervention's end the decision on it is due ({@code sip.plan.intervention-decision-days}, default 30).
 */
record MilestoneSettings(int dischargePlanningWeeks, int interventionDecisionDays) {

    static final MilestoneSettings DEFAULTS = new MilestoneSettings(4, 30);

    MilestoneSettings {
        if (dischargePlanningWeeks < 1 || interventionDecisionDays < 1) {
            throw new IllegalArgumentException("sip.plan.discharge-planning-weeks and"
                    + " sip.plan.intervention-decision-days must be at least 1");
        }
    }

    /** The settings as configured, once for the application. */
    @Singleton
    static class Producer {

        @Produces
        @Singleton
        MilestoneSettings settings(
                @ConfigProperty(name = "sip.plan.discharge-planning-weeks", defaultValue = "4") int weeks,
                @ConfigProperty(name = "sip.plan.intervention-decision-days", defaultValue = "30") int days) {
            return new MilestoneSettings(weeks, days);
        }
    }
}
