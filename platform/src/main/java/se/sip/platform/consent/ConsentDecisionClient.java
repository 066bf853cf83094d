package se.sip.platform.consent;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.problem.ProblemType;
import se.sip.platform.security.ServiceTokens;

/**
 * Asks consent-service, with a service token, whether an organisation may act for a purpose on a person now: the
 * check before every write that needs consent. When consent-service cannot answer, the write is refused with 503,
 * never let through. Nothing here logs the request URL: it carries the personal identity number.
 */
@ApplicationScoped
public class ConsentDecisionClient {

    private static final Logger LOG = Logger.getLogger(ConsentDecisionClient.class);

    @ConfigMapping(prefix = "sip.consent-service")
    public interface Config {
        @WithDefault("http://127.0.0.1:8081")
        URI url();

        /** For connecting and for the answer each; a write waits at most about twice this. */
        @WithDefault("PT3S")
        Duration timeout();
    }

    private final Config config;
    private final ServiceTokens tokens;
    private final ObjectMapper json;
    private final HttpClient http;

    ConsentDecisionClient(Config config, ServiceTokens tokens, ObjectMapper json) {
        this.config = config;
        this.tokens = tokens;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    public ConsentDecision decide(PersonalIdentityNumber person, String orgId, String purpose) {
        return decide(person, orgId, purpose, null);
    }

    /** As {@link #decide(PersonalIdentityNumber, String, String)}, for one named relative (INVITE_RELATIVES). */
    public ConsentDecision decide(PersonalIdentityNumber person, String orgId, String purpose, String relative) {
        String query = "/api/v1/consent-decisions?personId=" + person.value() + "&orgId=" + encode(orgId)
                + "&purpose=" + encode(purpose) + (relative == null ? "" : "&relative=" + encode(relative));
        HttpRequest request = HttpRequest.newBuilder(config.url().resolve(query))
                .timeout(config.timeout())
                .header("Authorization", tokens.bearer())
                .header("Accept", "application/json")
                .GET().build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw unavailable("no answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
        if (response.statusCode() != 200) {
            // 4xx too: a refused service token or a rejected question is our fault, and still no permission.
            throw unavailable("status " + response.statusCode());
        }
        try {
            return json.readValue(response.body(), ConsentDecision.class);
        } catch (IOException e) {
            throw unavailable("an unreadable answer");
        }
    }

    private static ProblemException unavailable(String why) {
        LOG.warnf("consent-service could not decide: %s", why);
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "The consent service cannot answer now, so consent cannot be checked; nothing was stored. Retry later.");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
