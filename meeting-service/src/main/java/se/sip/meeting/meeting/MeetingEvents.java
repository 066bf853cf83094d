package se.sip.meeting.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MeetingAnswerEventData;
import se.sip.platform.events.MeetingEventData;
import se.sip.platform.events.MeetingHeldData;
import se.sip.platform.events.MinutesEventData;
import se.sip.platform.events.Topics;
import se.sip.platform.outbox.Outbox;

/**
 * Puts a meeting's change into the outbox, in the transaction that made it: ids, kinds, codes, dates, organisation
 * ids and where the meeting is. Never a name, an e-mail address, a phone number, a comment or other free text about
 * the person (the minutes, the individual's wishes, an absence reason): those are read from meeting-service.
 */
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
        minutes(EventTypes.MINUTES_SUBMITTED, m, minutes, nextFollowUpOn, allAdjusterOrgIds(m), null);
    }

    void minutesApproved(Meeting m, Minutes minutes, LocalDate nextFollowUpOn) {
        minutes(EventTypes.MINUTES_APPROVED, m, minutes, nextFollowUpOn, allAdjusterOrgIds(m), null);
    }

    /** An adjuster of {@code returnedByOrgId} sent the minutes back; the comment stays here. */
    void minutesReturned(Meeting m, Minutes minutes, LocalDate nextFollowUpOn, String returnedByOrgId) {
        minutes(EventTypes.MINUTES_RETURNED, m, minutes, nextFollowUpOn, allAdjusterOrgIds(m), returnedByOrgId);
    }

    /** The adjusters' answer is due: {@code adjusterOrgIds} are the organisations of those who have not answered. */
    void minutesAnswerDue(Meeting m, Minutes minutes, LocalDate nextFollowUpOn, List<String> adjusterOrgIds) {
        minutes(EventTypes.MINUTES_ANSWER_DUE, m, minutes, nextFollowUpOn, adjusterOrgIds, null);
    }

    /** Which revision and when; the text, decisions and comments are about the person and stay in meeting-service. */
    private void minutes(String type, Meeting m, Minutes minutes, LocalDate nextFollowUpOn,
            List<String> adjusterOrgIds, String returnedByOrgId) {
        outbox.publish(Topics.MEETING, m.personRef, type, m.id.toString(), new MinutesEventData(m.personRef, m.id,
                m.planId, m.type.name(), utc(m.startsAt), minutes.revision, minutes.status.name(),
                utc(minutes.submittedAt), minutes.approvedAt == null ? null : utc(minutes.approvedAt),
                adjusterOrgIds, nextFollowUpOn, minutes.answerBy, m.noteTakerOrg, returnedByOrgId));
    }

    void answered(Meeting m, Invitee invitee, InvitationResponse r) {
        outbox.publish(Topics.MEETING, m.personRef, EventTypes.MEETING_ANSWERED, m.id.toString(),
                new MeetingAnswerEventData(m.personRef, m.id, m.planId, invitee.id, invitee.orgId, r.answer.name(),
                        r.proposedStartsAt == null ? null : utc(r.proposedStartsAt), r.obligedToAttend,
                        m.chairOrg));
    }

    private static List<String> allAdjusterOrgIds(Meeting m) {
        return m.adjusters.stream().map(a -> a.orgId).toList();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    /** Where the meeting is: its place and its link, as booked; who is called by kind and organisation, not name. */
    private void publish(String type, Meeting m) {
        outbox.publish(Topics.MEETING, m.personRef, type, m.id.toString(), new MeetingEventData(m.personRef, m.id,
                m.planId, m.type.name(), m.status.name(), utc(m.startsAt), m.durationMinutes, m.format.name(),
                m.sequence, m.inviteeOrgIds(), m.inviteeIds(), m.inviteeKinds(), m.location, m.videoLink,
                m.chairOrg));
    }
}
