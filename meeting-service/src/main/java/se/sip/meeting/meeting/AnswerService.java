package se.sip.meeting.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.Caller;

/**
 * The invitees' answers to a SCHEDULED meeting's kallelse or inbjudan, given through the API or from their calendar.
 * Only the invitee's own organisation answers for it; the organiser's for an invitee without one; and the person
 * themselves (role individual) for their own invitation, the meeting's INDIVIDUAL invitee.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AnswerService {

    private final MeetingService meetings;
    private final MeetingEvents events;
    private final Clock clock;

    AnswerService(MeetingService meetings, MeetingEvents events, Clock clock) {
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An invitee's answer; a decline by one with a kallelse is marked obliged, and so flagged on the meeting. The
     * person themselves reaches only a meeting about them that they are shown (404 otherwise, by the access rule) and
     * answers only their own invitation: {@code inviteeId} null means it.
     */
    @Transactional
    public MeetingSnapshot answer(Caller caller, UUID id, InviteeAnswer a) {
        Meeting m = MeetingService.requireScheduled(meetings.locked(caller, id));
        Invitee invitee = caller.isIndividual() ? ownInvitation(m, a.inviteeId())
                : m.invitee(a.inviteeId()).orElseThrow(() -> ProblemException.ruleViolation(
                        "inviteeId is not an invitee of this meeting."));
        if (a.answer() == Answer.PROPOSED_NEW_TIME && a.proposedStartsAt() == null) {
            throw ProblemException.ruleViolation("PROPOSED_NEW_TIME needs proposedStartsAt.");
        }
        record(m, invitee, a.answer(), a.proposedStartsAt(), caller);
        return meetings.changed(m);
    }

    /**
     * An invitee's answer from their calendar (RFC 5546 REPLY), recorded as if given through /responses. A reply to
     * an earlier SEQUENCE answered a time the meeting no longer has: refused (409), nothing recorded.
     */
    @Transactional
    public MeetingSnapshot answerFromCalendar(Caller caller, UUID id, CalendarAnswer reply) {
        Meeting m = MeetingService.requireScheduled(meetings.locked(caller, id));
        if (!reply.uid().equals(m.invitationUid())) {
            throw ProblemException.ruleViolation("The reply's UID is not this meeting's invitation ("
                    + m.invitationUid() + ").");
        }
        if (reply.sequence() < m.sequence) {
            throw ProblemException.conflict("The reply answers SEQUENCE " + reply.sequence() + " of the invitation,"
                    + " which has since moved (SEQUENCE " + m.sequence + "); nothing was recorded.");
        }
        if (reply.sequence() > m.sequence) {
            throw ProblemException.ruleViolation("The reply's SEQUENCE " + reply.sequence() + " is newer than the"
                    + " invitation's (" + m.sequence + ").");
        }
        Invitee invitee = m.inviteeByEmail(reply.attendeeEmail()).orElseThrow(() -> ProblemException.ruleViolation(
                "The reply's ATTENDEE is not the e-mail address of an invitee of this meeting."));
        record(m, invitee, reply.answer(), null, caller);
        return meetings.changed(m);
    }

    /**
     * The person's own invitation: the meeting's INDIVIDUAL invitee, which {@code inviteeId} names or, left out,
     * means. Any other id, known or not, is the same 422 naming no one: the person sees the meeting (so not 404), and
     * learns nothing of the other invitees' ids.
     */
    private static Invitee ownInvitation(Meeting m, UUID inviteeId) {
        Invitee own = m.invitees.stream().filter(i -> i.kind == InviteeKind.INDIVIDUAL).findFirst()
                .orElseThrow(() -> ProblemException.ruleViolation("You are not invited to this meeting, so you have"
                        + " no invitation to answer."));
        if (inviteeId != null && !inviteeId.equals(own.id)) {
            throw ProblemException.ruleViolation("You answer only your own invitation: leave inviteeId out.");
        }
        return own;
    }

    private void record(Meeting m, Invitee invitee, Answer answer, Instant proposedStartsAt, Caller caller) {
        if (!m.mayAnswerFor(invitee, caller)) {
            throw ProblemException.forbidden("Only the invitee's own organisation answers for it; the organiser's"
                    + " organisation answers for an invitee without one (the individual, a relative).");
        }
        // The person has no organisation (their caller's org is empty), and their number is never kept.
        InvitationResponse response = new InvitationResponse(invitee, answer, proposedStartsAt, clock.instant(),
                caller.org());
        m.responses.add(response);
        events.answered(m, invitee, response);
    }
}
