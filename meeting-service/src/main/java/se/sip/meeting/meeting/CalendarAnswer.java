package se.sip.meeting.meeting;

/**
 * An invitee's answer as their calendar sent it (an RFC 5546 REPLY): the invitation's UID and SEQUENCE it answers, the
 * ATTENDEE's e-mail address and its PARTSTAT as an answer. What {@link AnswerService#answerFromCalendar} takes.
 */
public record CalendarAnswer(String uid, int sequence, String attendeeEmail, Answer answer) {
}
