package se.sip.meeting.meeting;

import java.util.List;

/**
 * The individual's wishes before a meeting, in the domain's terms: what {@link WishesService#record} takes.
 * {@code preferredFormat} is {@code null} when the individual named no preference.
 */
public record IndividualWishes(List<String> wantsInvited, List<String> topics, MeetingFormat preferredFormat,
        String recordedBy) {
}
