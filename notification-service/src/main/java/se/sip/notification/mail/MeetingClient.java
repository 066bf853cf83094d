package se.sip.notification.mail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.meeting.MeetingServiceHttp;

/**
 * Reads a meeting and its invitation from meeting-service with a service token, at the moment an e-mail is sent:
 * contact details never travel in events, and the .ics is meeting-service's own.
 */
@ApplicationScoped
class MeetingClient {

    /** An e-mail waits for its meeting at most this long per call; it is tried again later. */
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final MeetingServiceHttp meetingService;
    private final ObjectMapper json;

    MeetingClient(MeetingServiceHttp meetingService, ObjectMapper json) {
        this.meetingService = meetingService;
        this.json = json;
    }

    public MeetingContacts meeting(UUID id) throws MeetingUnavailable {
        try {
            return json.readValue(get("/api/v1/meetings/" + id, "application/json"), MeetingContacts.class);
        } catch (IOException e) {
            throw new MeetingUnavailable("an unreadable meeting");
        }
    }

    /** The invitation's .ics as meeting-service answers it: octets, which are unfolded before they are read. */
    public byte[] invitation(UUID id) throws MeetingUnavailable {
        return get("/api/v1/meetings/" + id + "/invitation.ics", "text/calendar");
    }

    private byte[] get(String path, String accept) throws MeetingUnavailable {
        try {
            HttpResponse<byte[]> response = meetingService.get(path, accept, WAIT);
            if (response.statusCode() != 200) {
                throw new MeetingUnavailable("status " + response.statusCode() + " for " + path);
            }
            return response.body();
        } catch (IOException e) {
            throw new MeetingUnavailable("no answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MeetingUnavailable("interrupted");
        }
    }

    /** meeting-service could not give what an e-mail needs; the e-mail waits and is tried again. */
    static final class MeetingUnavailable extends Exception {

        MeetingUnavailable(String why) {
            super(why, null, false, false);
        }
    }
}
