package se.sip.meeting.meeting;

/**
 * A revision of the minutes: SUBMITTED to the adjusters, APPROVED by both, or DRAFT once an adjuster commented,
 * i.e. back with the note-taker for correction (the corrected minutes are submitted as the next revision).
 */
public enum MinutesStatus {
    DRAFT, SUBMITTED, APPROVED
}
