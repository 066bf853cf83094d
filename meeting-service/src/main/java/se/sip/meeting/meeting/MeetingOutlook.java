package se.sip.meeting.meeting;

/**
 * What a meeting still waits for (seed 001): the minutes to the adjusters within a week of the meeting, the
 * adjusters' answer within a week of the latest submission, and, once held, a booked next follow-up.
 * A deadline is null when it does not apply (a cancelled meeting; no minutes submitted yet).
 */
public record MeetingOutlook(Deadline minutesToAdjusters, Deadline adjustersAnswer, boolean nextFollowUpMissing) {
}
