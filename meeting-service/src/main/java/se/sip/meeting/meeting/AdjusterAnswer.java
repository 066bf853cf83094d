package se.sip.meeting.meeting;

import java.util.UUID;

/**
 * An adjuster's answer to the submitted minutes, in the domain's terms: what {@link MinutesService#answer} takes.
 * Approved, or not with a comment saying what to correct.
 */
public record AdjusterAnswer(UUID adjusterId, boolean approved, String comment) {
}
