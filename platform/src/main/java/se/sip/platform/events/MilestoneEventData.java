package se.sip.platform.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The data of {@code se.sip.plan.follow-up-due.v1} (a time rule's window opened) and {@code .milestone-overdue.v1}
 * (it closed unmet): which rule ({@code kind}, e.g. FOLLOW_UP_IN_CARE), its window as Europe/Stockholm dates, and whom
 * to tell (the lead first). {@code milestoneId} is stable for one rule of one plan, so each is told once.
 * {@code meetingId} names the meeting the rule is about, if any (minutes deadlines).
 */
public record MilestoneEventData(
        String personRef,
        UUID planId,
        String milestoneId,
        String kind,
        LocalDate dueFrom,
        LocalDate dueBy,
        String status,
        UUID meetingId,
        String leadOrgId,
        List<String> partyOrgIds) {
}
