package se.sip.platform.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The data of {@code se.sip.meeting.minutes-submitted.v1} and {@code .minutes-approved.v1}: which minutes of which
 * meeting, in which revision (one more each time corrected minutes are submitted again), and when they were submitted
 * and approved ({@code approvedAt} null until both adjusters approved). The minutes' text and decisions are about the
 * person and stay in meeting-service; plan-service snapshots its own plan when it reads {@code minutes-approved}.
 * Also the data of {@code .minutes-returned.v1} (an adjuster sent the minutes back, {@code returnedByOrgId}; the
 * comment stays in meeting-service) and {@code .minutes-answer-due.v1} (the adjusters' answer is due tomorrow;
 * {@code adjusterOrgIds} then names those who have not answered). {@code answerBy} is the last day of the adjusters'
 * answer ({@link se.sip.platform.meeting.AdjustersDeadline}); {@code noteTakerOrgId} the organisation of the
 * note-taker, whom a returned minutes reach. Fields added later are null in events published before them.
 */
public record MinutesEventData(
        String personRef,
        UUID meetingId,
        UUID planId,
        String meetingType,
        OffsetDateTime meetingStartsAt,
        int revision,
        String status,
        OffsetDateTime submittedAt,
        OffsetDateTime approvedAt,
        List<String> adjusterOrgIds,
        LocalDate nextFollowUpOn,
        LocalDate answerBy,
        String noteTakerOrgId,
        String returnedByOrgId) {
}
