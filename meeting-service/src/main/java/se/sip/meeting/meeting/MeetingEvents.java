package se.sip.meeting.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MeetingAnswerEventData;
import se.sip.platform.events.MeetingEventData;
import se.sip.platform.events.MeetingHeldData;
import se.sip.platform.events.MinutesEventData;
import se.sip.platform.events.Topics;
import se.sip.platform.outbox.Outbox;

/** Puts a meeting's change into the outbox, in the transaction that made it; no names, e-mails or phones. */
@ApplicationScoped
class MeetingEvents {

    private final Outbox outbox;

    MeetingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void scheduled(Meeting m) {
        publish(EventTypes.MEETING_SCHEDULED, m);
    }

    void rescheduled(Meeting m) {
        publish(EventTypes.MEETING_RESCHEDULED, m);
    }

    void cancelled(Meeting m) {
        publish(EventTypes.MEETING_CANCELLED, m);
    }

    void held(Meeting m, LocalDate nextFollowUpOn) {
        outbox.publish(Topics.MEETING, m.personRef, EventTypes.MEETING_HELD, m.id.toString(),
                new MeetingHeldData(m.personRef, m.id, m.planId, m.type.name(), utc(m.startsAt), utc(m.heldAt),
                        m.attendeeOrgIds(), nextFollowUpOn));
    }

    void minutesSubmitted(Meeting m, Minutes minutes, LocalDate nextFollowUpOn) {
        minutes(EventTypes.MINUTES_SUBMITTED, m, minutes, nextFollowUpOn);
    }

    void minutesApproved(Meeting m, Minutes minutes, LocalDate nextFollowUpOn) {
        minutes(EventTypes.MINUTES_APPROVED, m, minutes, nextFollowUpOn);
    }

    /** Which revision and when; the text and decisions are about the person and stay in meeting-service. */
    private void minutes(String type, Meeting m, Minutes minutes, LocalDate nextFollowUpOn) {
        outbox.publish(Topics.MEETING, m.personRef, type, m.id.toString(), new MinutesEventData(m.personRef, m.id,
                m.planId, m.type.name(), utc(m.startsAt), minutes.revision, minutes.status.name(),
                utc(minutes.submittedAt), minutes.approvedAt == null ? null : utc(minutes.approvedAt),
                m.adjusters.stream().map(a -> a.orgId).toList(), nextFollowUpOn));
    }

    void answered(Meeting m, Invitee invitee, InvitationResponse r) {
        outbox.publish(Topics.MEETING, m.personRef, EventTypes.MEETING_ANSWERED, m.id.toString(),
                new MeetingAnswerEventData(m.personRef, m.id, m.planId, invitee.id, invitee.orgId, r.answer.name(),
                        r.proposedStartsAt == null ? null : r.proposedStartsAt.atOffset(ZoneOffset.UTC),
                        r.obligedToAttend));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private void publish(String type, Meeting m) {
        outbox.publish(Topics.MEETING, m.personRef, type, m.id.toString(), new MeetingEventData(m.personRef, m.id,
                m.planId, m.type.name(), m.status.name(), m.startsAt.atOffset(ZoneOffset.UTC), m.durationMinutes,
                m.format.name(), m.sequence, m.inviteeOrgIds(), m.inviteeIds()));
    }
}
