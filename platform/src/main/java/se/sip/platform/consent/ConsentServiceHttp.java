package se.sip.platform.consent;

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
 * The way to consent-service that its clients share: its address, our service token, one HTTP client. Requests carry
 * a personal identity number only in a body, never in the URL, so no proxy or server log holds one.
 */
@ApplicationScoped
class ConsentServiceHttp {

    @ConfigMapping(prefix = "sip.consent-service")
    public interface Config {
        @WithDefault("http://127.0.0.1:8081")
        URI url();

        /** For connecting and for a decision's answer each: a write waits at most about twice this. */
        @WithDefault("PT3S")
        Duration timeout();

        /** For the answer of a read that shows a consent's terms (docs/architecture.md: at most 2 s, then "inte tillgängligt"). */
        @WithDefault("PT2S")
        Duration readTimeout();
    }

    private final Config config;
    private final ServiceTokens tokens;
    private final HttpClient http;

    ConsentServiceHttp(Config config, ServiceTokens tokens) {
        this.config = config;
        this.tokens = tokens;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    Config config() {
        return config;
    }

    /** Sends a request to {@code path} with the service token; IOException when there is no answer in time. */
    HttpResponse<byte[]> send(String path, Duration timeout, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return http.send(request.uri(config.url().resolve(path))
                .timeout(timeout)
                .header("Authorization", tokens.bearer())
                .header("Accept", "application/json")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
