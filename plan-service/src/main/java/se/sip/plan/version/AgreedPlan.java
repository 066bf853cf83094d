package se.sip.plan.version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One agreed version of a plan as the other features read it: which approved minutes agreed it, when, and the plan as
 * it then stood.
 *
 * @param nextFollowUpOn the next follow-up the minutes booked, if they named one
 * @param personId the person's personal identity number, read from the plan now: the snapshot holds only personRef
 */
public record AgreedPlan(int number, Instant agreedAt, UUID meetingId, int minutesRevision, LocalDate nextFollowUpOn,
        PlanSnapshot plan, String personId) {
}
