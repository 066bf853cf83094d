package se.sip.plan.document;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the SIP document tells of the meeting it comes from, read from meeting-service when the document is printed
 * (free text never travels on the event bus): who attended, why the individual did not, and the wishes the individual
 * had before it. {@code available} is false when meeting-service did not answer in time: the document then says so and
 * leaves the lines to fill in by hand.
 *
 * @param attendedOrgIds the organisations of the party invitees who attended
 * @param otherAttendees the names of other attendees than parties and the individual (relatives, others)
 */
record MeetingAccount(boolean available, Set<String> attendedOrgIds, boolean individualAttended,
        List<String> otherAttendees, String absenceReason, Wishes wishes) {

    /** The individual's wishes before the meeting; null when none were recorded. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Wishes(List<String> wantsInvited, List<String> topics, String preferredFormat) {
    }

    static MeetingAccount unavailable() {
        return new MeetingAccount(false, Set.of(), false, List.of(), null, null);
    }

    boolean attended(String orgId) {
        return attendedOrgIds.contains(orgId);
    }
}
