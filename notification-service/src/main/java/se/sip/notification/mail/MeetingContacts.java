package se.sip.notification.mail;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The little of meeting-service's meeting that an invitation e-mail needs: its kind, status, time and the invitees'
 * addresses. Everything else it answers (the person's number, names) is not even read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record MeetingContacts(UUID id, String type, String status, OffsetDateTime startsAt, List<Invitee> invitees) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Invitee(UUID id, String email) {
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }
}
