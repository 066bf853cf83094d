package se.sip.plan.milestone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "UPCOMING fönstret har inte öppnat · DUE fönstret är öppet · MET uppfyllt ·"
        + " OVERDUE sista dagen har passerat utan att det uppfyllts")
enum MilestoneStatus {
    UPCOMING, DUE, MET, OVERDUE
}
