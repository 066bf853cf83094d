package se.sip.meeting.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import se.sip.platform.lifecycle.SchedulerShutdown;
import se.sip.platform.meeting.AdjustersDeadline;

/**
 * Reminds the adjusters who have not answered submitted minutes (seed 001: they answer within a week): once per
 * submitted revision, on {@link AdjustersDeadline#reminderOn} its last day or later while it is still unanswered and
 * not past that day, {@code se.sip.meeting.minutes-answer-due.v1} naming their organisations. Safe on several
 * replicas: each run locks the meetings it takes ({@code FOR UPDATE SKIP LOCKED}), as every change of a meeting does,
 * re-checks their minutes under the lock and records the reminder ({@code answer_due_sent_at}) in the transaction
 * that puts it into the outbox, so each revision is reminded by exactly one run.
 */
@ApplicationScoped
public class MinutesAnswerReminder {

    private static final int BATCH = 200;

    private final EntityManager em;
    private final MeetingRepository meetings;
    private final MeetingEvents events;
    private final MeetingOutlooks outlooks;
    private final Clock clock;
    private final SchedulerShutdown shutdown;

    MinutesAnswerReminder(EntityManager em, MeetingRepository meetings, MeetingEvents events,
            MeetingOutlooks outlooks, Clock clock, SchedulerShutdown shutdown) {
        this.em = em;
        this.meetings = meetings;
        this.events = events;
        this.outlooks = outlooks;
        this.clock = clock;
        this.shutdown = shutdown;
    }

    @Scheduled(identity = "minutes-answer-due", every = "${sip.meeting.minutes-reminder-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        while (!shutdown.begun() && remindDue() == BATCH) {
            // A full batch: more may be due.
        }
    }

    /** Reminds what is due today (Europe/Stockholm) and returns how many revisions this run reminded of. */
    @Transactional
    public int remindDue() {
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                select m.id from meeting m join minutes x on x.meeting_id = m.id
                where x.status = 'SUBMITTED' and x.answer_due_sent_at is null
                  and x.answer_by between :today and :last
                order by x.answer_by, m.id
                limit :batch
                for update of m skip locked""", UUID.class)
                .setParameter("today", today)
                .setParameter("last", lastAnswerByRemindedOn(today))
                .setParameter("batch", BATCH)
                .getResultList();
        int reminded = 0;
        for (UUID id : due) {
            Meeting m = meetings.findById(id);
            Minutes current = m.currentMinutes().orElseThrow();
            if (current.status == MinutesStatus.SUBMITTED && current.answerDueSentAt == null && dueOn(current, today)) {
                current.answerDueSentAt = clock.instant();
                events.minutesAnswerDue(m, current, outlooks.nextFollowUpOn(m), m.adjusterOrgIdsNotAnswered(current));
                reminded++;
            }
        }
        return reminded;
    }

    /** On the reminder's day or later, and not past the last day. */
    private static boolean dueOn(Minutes minutes, LocalDate today) {
        return !today.isBefore(AdjustersDeadline.reminderOn(minutes.answerBy))
                && !AdjustersDeadline.overdue(minutes.answerBy, today);
    }

    /** The latest last day whose reminder is due by {@code today}: the reminder's day rises with the last day. */
    static LocalDate lastAnswerByRemindedOn(LocalDate today) {
        LocalDate last = today;
        while (!AdjustersDeadline.reminderOn(last.plusDays(1)).isAfter(today)) {
            last = last.plusDays(1);
        }
        return last;
    }
}
