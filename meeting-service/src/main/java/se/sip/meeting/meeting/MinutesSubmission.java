package se.sip.meeting.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Minutes as the note-taker submits them, in the domain's terms: what {@link MinutesService#submit} takes. The
 * attendees are invitee ids; {@code nextFollowUp} is {@code null} when the meeting decided none;
 * {@code absenceReason} (why the individual did not attend) is {@code null} when not given.
 */
public record MinutesSubmission(String text, List<String> decisions, List<UUID> attendees, LocalDate nextFollowUp,
        String absenceReason) {
}
