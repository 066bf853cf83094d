package se.sip.meeting.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import se.sip.platform.time.ClockProducer;

/** Works out what a meeting still waits for, against the clock, and the next follow-up it booked. */
@ApplicationScoped
class MeetingOutlooks {

    private final MeetingRepository meetings;
    private final Clock clock;

    MeetingOutlooks(MeetingRepository meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The meeting's deadlines against the clock, and whether a held meeting lacks a booked next follow-up. */
    MeetingOutlook of(Meeting m) {
        Instant now = clock.instant();
        Deadline minutesDue = m.status == MeetingStatus.CANCELLED ? null
                : Deadline.weekAfter(m.startsAt, m.minutes.isEmpty() ? null : m.minutes.get(0).submittedAt, now);
        Deadline answerDue = m.currentMinutes().map(x -> Deadline.adjustersAnswer(x.answerBy, x.answeredAt(), now))
                .orElse(null);
        return new MeetingOutlook(minutesDue, answerDue, m.status == MeetingStatus.HELD && nextFollowUpOn(m) == null);
    }

    /**
     * The next follow-up this meeting booked: the one its minutes name, else the date of the plan's next SCHEDULED
     * meeting; null when neither.
     */
    LocalDate nextFollowUpOn(Meeting m) {
        return m.currentMinutes().map(minutes -> minutes.nextFollowUp)
                .or(() -> meetings.nextScheduledOfPlan(m.planId, m.startsAt)
                        .map(next -> LocalDate.ofInstant(next.startsAt, ClockProducer.SWEDEN)))
                .orElse(null);
    }
}
