package se.sip.meeting.meeting;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.Caller;

/**
 * The individual's voice before a meeting (seeds 000, 001): their wishes, recorded by a party that may change the
 * meeting while it is still to be held, and read by those who may see it (plan-service, with its service token, for
 * the SIP document). Access goes through the meeting's rule and is logged as the meeting's; recording them leaves the
 * meeting's version as it is. Never on an event.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WishesService {

    private final MeetingService meetings;
    private final EntityManager em;
    private final Clock clock;

    WishesService(MeetingService meetings, EntityManager em, Clock clock) {
        this.meetings = meetings;
        this.em = em;
        this.clock = clock;
    }

    /**
     * Records the individual's wishes before the meeting, replacing any recorded before: not for a tjänstemannamöte,
     * which is held without the individual (422), and no longer once it is held or cancelled (409).
     */
    @Transactional
    public WishesSnapshot record(Caller caller, UUID meetingId, IndividualWishes w) {
        Meeting m = meetings.lockedAsIs(caller, meetingId);
        if (m.type == MeetingType.OFFICIALS) {
            throw ProblemException.ruleViolation("A tjänstemannamöte (OFFICIALS) is held without the individual: their"
                    + " wishes are recorded for a meeting they are called to (a SIP-möte, a follow-up, …).");
        }
        if (m.status != MeetingStatus.SCHEDULED) {
            throw ProblemException.conflict("The meeting is " + m.status + "; the individual's wishes are recorded"
                    + " before it is held.");
        }
        Wishes wishes = em.find(Wishes.class, m.id);
        if (wishes == null) {
            wishes = new Wishes(m.id);
            wishes.replace(w, caller.org(), clock.instant());
            em.persist(wishes);
        } else {
            wishes.replace(w, caller.org(), clock.instant());
        }
        em.flush();
        return WishesSnapshot.of(wishes);
    }

    /** The individual's wishes, for a caller who may see the meeting; 404 when none were recorded. */
    public WishesSnapshot read(Caller caller, UUID meetingId) {
        Meeting m = meetings.visible(caller, meetingId);
        return Optional.ofNullable(em.find(Wishes.class, m.id)).map(WishesSnapshot::of)
                .orElseThrow(() -> ProblemException.notFound("Wishes"));
    }
}
