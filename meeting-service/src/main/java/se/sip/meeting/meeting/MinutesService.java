package se.sip.meeting.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.problem.ProblemException;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;
import se.sip.platform.time.ClockProducer;

/**
 * What follows a meeting (seed 001): that it was held, with whom, and its minutes with their adjustment. The named
 * note-taker submits the minutes, the two adjusters approve them or send them back with a comment, and corrected
 * minutes are submitted as the next revision; every revision is kept. The text and decisions stay here: events name
 * the revision and its dates only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MinutesService {

    private final MeetingService meetings;
    private final MeetingOutlooks outlooks;
    private final MeetingEvents events;
    private final Clock clock;

    MinutesService(MeetingService meetings, MeetingOutlooks outlooks, MeetingEvents events, Clock clock) {
        this.meetings = meetings;
        this.outlooks = outlooks;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that a meeting took place, with whom: only the organiser's organisation does, and not before the
     * meeting has started. The held event tells plan-service (milestones) and names the next follow-up if one is booked.
     */
    @Transactional
    public MeetingSnapshot hold(Caller caller, UUID id, List<UUID> attendees, String ifMatch) {
        Meeting m = meetings.locked(caller, id);
        Versions.requireMatch(ifMatch, m.version);
        if (!caller.belongsTo(m.organiserOrg)) {
            throw ProblemException.forbidden("Only the organiser's organisation records that the meeting was held.");
        }
        MeetingService.requireScheduled(m);
        holdNow(m, attendees);
        return meetings.changed(m);
    }

    /**
     * The note-taker's organisation submits minutes: the first revision, or the next once an adjuster sent the last
     * one back. A meeting not yet recorded as held becomes HELD with the minutes' attendees.
     */
    @Transactional
    public MeetingSnapshot submit(Caller caller, UUID id, MinutesSubmission s, String ifMatch) {
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
        requireInvitees(m, s.attendees());
        LocalDate meetingDay = LocalDate.ofInstant(m.startsAt, ClockProducer.SWEDEN);
        if (s.nextFollowUp() != null && !s.nextFollowUp().isAfter(meetingDay)) {
            throw ProblemException.ruleViolation("nextFollowUp must be after the meeting's day (" + meetingDay + ").");
        }
        if (s.absenceReason() != null && m.invitees.stream().anyMatch(i -> i.kind == InviteeKind.INDIVIDUAL
                && s.attendees().contains(i.id))) {
            throw ProblemException.ruleViolation("absenceReason says why the individual did not attend, but the"
                    + " individual is among the attendees.");
        }
        Minutes minutes = new Minutes(current.map(c -> c.revision + 1).orElse(1), s, clock.instant(), caller.org());
        m.minutes.add(minutes);
        if (m.status == MeetingStatus.SCHEDULED) {
            holdNow(m, s.attendees());
        }
        events.minutesSubmitted(m, minutes, outlooks.nextFollowUpOn(m));
        return meetings.changed(m);
    }

    /**
     * An adjuster's answer to the submitted revision, given by the adjuster's own organisation: approved, or a comment
     * that sends the minutes back for correction (DRAFT, and the minutes-returned event naming the adjuster's
     * organisation, never the comment). Both approved: APPROVED, and the minutes-approved event.
     */
    @Transactional
    public MeetingSnapshot answer(Caller caller, UUID id, AdjusterAnswer a, String ifMatch) {
        Meeting m = meetings.locked(caller, id);
        Versions.requireMatch(ifMatch, m.version);
        Adjuster adjuster = m.adjuster(a.adjusterId()).orElseThrow(() -> ProblemException.ruleViolation(
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
        if (!a.approved() && (a.comment() == null || a.comment().isBlank())) {
            throw ProblemException.ruleViolation("Minutes not approved need a comment saying what to correct.");
        }
        minutes.answer(new MinutesApproval(adjuster.id, a.approved(), a.comment(), clock.instant(), caller.org()),
                m.adjusters.size());
        if (minutes.status == MinutesStatus.APPROVED) {
            events.minutesApproved(m, minutes, outlooks.nextFollowUpOn(m));
        } else if (minutes.status == MinutesStatus.DRAFT) {
            events.minutesReturned(m, minutes, outlooks.nextFollowUpOn(m), adjuster.orgId);
        }
        return meetings.changed(m);
    }

    /** Every revision of the meeting's minutes, oldest first, for a caller who may see the meeting. */
    public List<MinutesSnapshot> history(Caller caller, UUID id) {
        return meetings.visible(caller, id).minutes.stream().map(MinutesSnapshot::of).toList();
    }

    /** Marks a SCHEDULED meeting HELD (once it has started) with invitees who attended; emits the held event. */
    private void holdNow(Meeting m, List<UUID> attendees) {
        if (clock.instant().isBefore(m.startsAt)) {
            throw ProblemException.ruleViolation("The meeting has not started yet (startsAt " + m.startsAt + "); it is"
                    + " held once it has taken place.");
        }
        requireInvitees(m, attendees);
        m.hold(attendees, clock.instant());
        events.held(m, outlooks.nextFollowUpOn(m));
    }

    private static void requireInvitees(Meeting m, List<UUID> attendees) {
        for (int i = 0; i < attendees.size(); i++) {
            if (m.invitee(attendees.get(i)).isEmpty()) {
                throw ProblemException.ruleViolation("attendees[" + i + "] is not an invitee of this meeting.");
            }
        }
    }
}
