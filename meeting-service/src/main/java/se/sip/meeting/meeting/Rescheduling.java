package se.sip.meeting.meeting;

import java.time.Instant;
import java.util.UUID;

/**
 * A move of a meeting, in the domain's terms: what {@link MeetingService#reschedule} takes. With
 * {@code acceptsResponseId} it accepts that invitee's PROPOSED_NEW_TIME, and {@code startsAt} is the time proposed;
 * {@code null} for any other move.
 */
public record Rescheduling(Instant startsAt, UUID acceptsResponseId) {
}
