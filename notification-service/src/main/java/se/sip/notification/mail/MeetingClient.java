package se.sip.notification.mail;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.security.ServiceTokens;

/**
 * Reads a meeting and its invitation from meeting-service with a service token, at the moment an e-mail is sent:
 * contact details never travel in events, and the .ics is meeting-service's own.
 */
@ApplicationScoped
class MeetingClient {

    private final MailConfig config;
    private final ServiceTokens tokens;
    private final ObjectMapper json;
    private final HttpClient http;

    MeetingClient(MailConfig config, ServiceTokens tokens, ObjectMapper json) {
        this.config = config;
        this.tokens = tokens;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.meetingServiceTimeout()).build();
    }

    public MeetingContacts meeting(UUID id) throws MeetingUnavailable {
        try {
            return json.readValue(get("/api/v1/meetings/" + id, "application/json"), MeetingContacts.class);
        } catch (IOException e) {
            throw new MeetingUnavailable("an unreadable meeting");
        }
    }

    public String invitation(UUID id) throws MeetingUnavailable {
        return new String(get("/api/v1/meetings/" + id + "/invitation.ics", "text/calendar"), StandardCharsets.UTF_8);
    }

    private byte[] get(String path, String accept) throws MeetingUnavailable {
        HttpRequest request = HttpRequest.newBuilder(config.meetingServiceUrl().resolve(path))
                .timeout(config.meetingServiceTimeout())
                .header("Authorization", tokens.bearer())
                .header("Accept", accept)
                .GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
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
