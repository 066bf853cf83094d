package se.sip.meeting.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.meeting.Adjuster;
import se.sip.meeting.Meeting;
import se.sip.meeting.MeetingStatus;
import se.sip.meeting.Minutes;
import se.sip.meeting.MinutesApproval;
import se.sip.meeting.MinutesStatus;
import se.sip.meeting.rest.ApprovalRequest;
import se.sip.meeting.rest.MinutesRequest;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;
import se.sip.platform.time.ClockProducer;

/**
 * The minutes and their adjustment (seed 001): the named note-taker submits them, the two adjusters approve them or
 * send them back with a comment, and corrected minutes are submitted as the next revision; every revision is kept.
 * The text and decisions stay here: events name the revision and its dates only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MinutesService {

    private final MeetingService meetings;
    private final MeetingEvents events;
    private final Clock clock;

    MinutesService(MeetingService meetings, MeetingEvents events, Clock clock) {
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The note-taker's organisation submits minutes: the first revision, or the next once an adjuster sent the last
     * one back. A meeting not yet recorded as held becomes HELD with the minutes' attendees.
     */
    @Transactional
    public Meeting submit(Caller caller, UUID id, MinutesRequest r, String ifMatch) {
        Meeting m = meetings.locked(caller, id);
        Versions.requireMatch(ifMatch, m.version);
        if (!caller.belongsTo(m.noteTakerOrg)) {
            throw ProblemException.forbidden("Only the note-taker's organisation (noteTakerOrgId of the meeting)"
                    + " submits the minutes.");
        }
        if (m.status == MeetingStatus.CANCELLED) {
            throw ProblemException.conflict("The meeting was cancelled; it has no minutes.");
        }
        Optional<Minutes> current = m.currentMinutes();
        if (current.isPresent() && current.get().status != MinutesStatus.DRAFT) {
            throw ProblemException.conflict("The minutes are " + current.get().status + " (revision "
                    + current.get().revision + "); they are submitted again only after an adjuster sent them back"
                    + " for correction.");
        }
        for (int i = 0; i < r.attendees().size(); i++) {
            if (m.invitee(r.attendees().get(i)).isEmpty()) {
                throw ProblemException.ruleViolation("attendees[" + i + "] is not an invitee of this meeting.");
            }
        }
        LocalDate meetingDay = LocalDate.ofInstant(m.startsAt, ClockProducer.SWEDEN);
        if (r.nextFollowUp() != null && !r.nextFollowUp().isAfter(meetingDay)) {
            throw ProblemException.ruleViolation("nextFollowUp must be after the meeting's day (" + meetingDay + ").");
        }
        Minutes minutes = new Minutes(current.map(c -> c.revision + 1).orElse(1), r.text(), r.decisions(),
                r.attendees(), r.nextFollowUp(), clock.instant(), caller.org());
        m.minutes.add(minutes);
        if (m.status == MeetingStatus.SCHEDULED) {
            meetings.holdNow(m, r.attendees());
        }
        events.minutesSubmitted(m, minutes, meetings.nextFollowUpOn(m));
        return m;
    }

    /**
     * An adjuster's answer to the submitted revision, given by the adjuster's own organisation: approved, or a comment
     * that sends the minutes back for correction (DRAFT). Both approved: APPROVED, and the minutes-approved event.
     */
    @Transactional
    public Meeting answer(Caller caller, UUID id, ApprovalRequest r, String ifMatch) {
        Meeting m = meetings.locked(caller, id);
        Versions.requireMatch(ifMatch, m.version);
        Adjuster adjuster = m.adjuster(r.adjusterId()).orElseThrow(() -> ProblemException.ruleViolation(
                "adjusterId is not an adjuster (justerare) of this meeting."));
        if (!caller.belongsTo(adjuster.orgId)) {
            throw ProblemException.forbidden("Only the adjuster's own organisation answers for the adjuster.");
        }
        Minutes minutes = m.currentMinutes().filter(x -> x.status == MinutesStatus.SUBMITTED).orElseThrow(
                () -> ProblemException.conflict("No minutes await adjustment: none were submitted, they were sent"
                        + " back for correction, or they are approved."));
        if (minutes.answeredBy(adjuster.id)) {
            throw ProblemException.conflict("This adjuster has already answered revision " + minutes.revision + ".");
        }
        if (!r.approved() && (r.comment() == null || r.comment().isBlank())) {
            throw ProblemException.ruleViolation("Minutes not approved need a comment saying what to correct.");
        }
        minutes.answer(new MinutesApproval(adjuster.id, r.approved(), r.comment(), clock.instant(), caller.org()),
                m.adjusters.size());
        if (minutes.status == MinutesStatus.APPROVED) {
            events.minutesApproved(m, minutes, meetings.nextFollowUpOn(m));
        }
        return m;
    }

    /** Every revision of the meeting's minutes, oldest first, for a caller who may see the meeting. */
    public List<Minutes> history(Caller caller, UUID id) {
        return meetings.read(caller, id).minutes;
    }
}
