package se.sip.platform.meeting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import se.sip.platform.security.ServiceTokens;

/**
 * meeting-service over REST, with our own service token (role {@code integration}): what the other services read of a
 * meeting at read or send time because it never travels on the event bus (invitees' addresses, the invitation's
 * .ics, the individual's wishes, who attended). Its reads are access-logged in meeting-service like anyone's.
 */
@ApplicationScoped
public class MeetingServiceHttp {

    @ConfigMapping(prefix = "sip.meeting-service")
    public interface Config {
        @WithDefault("http://127.0.0.1:8082")
        URI url();

        /** For connecting, and for an answer each. */
        @WithDefault("PT5S")
        Duration timeout();
    }

    private final Config config;
    private final ServiceTokens tokens;
    private final HttpClient http;

    MeetingServiceHttp(Config config, ServiceTokens tokens) {
        this.config = config;
        this.tokens = tokens;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    /**
     * GET {@code path} accepting {@code accept}, answered within {@code timeout} (at most the configured one);
     * IOException when there is no answer in time.
     */
    public HttpResponse<byte[]> get(String path, String accept, Duration timeout)
            throws IOException, InterruptedException {
        Duration wait = timeout.compareTo(config.timeout()) < 0 ? timeout : config.timeout();
        return http.send(HttpRequest.newBuilder(config.url().resolve(path))
                .timeout(wait)
                .header("Authorization", tokens.bearer())
                .header("Accept", accept)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
