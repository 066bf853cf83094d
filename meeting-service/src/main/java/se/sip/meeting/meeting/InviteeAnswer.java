package se.sip.meeting.meeting;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitee's answer to a kallelse or an inbjudan, in the domain's terms: what {@link AnswerService#answer} takes.
 * {@code proposedStartsAt} is given with PROPOSED_NEW_TIME, else {@code null}.
 */
public record InviteeAnswer(UUID inviteeId, Answer answer, Instant proposedStartsAt) {
}
