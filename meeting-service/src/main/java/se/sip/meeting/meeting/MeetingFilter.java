package se.sip.meeting.meeting;

import java.time.Instant;
import java.util.UUID;

/**
 * Whose meetings to list, in the domain's terms: one person's or one plan's (at least one is given), starting within
 * [from, to) where given. The resource maps a {@link MeetingQuery} to it.
 */
record MeetingFilter(String personId, UUID planId, Instant from, Instant to) {
}
