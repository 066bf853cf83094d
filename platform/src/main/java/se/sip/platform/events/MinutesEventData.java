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
        LocalDate nextFollowUpOn) {
}
