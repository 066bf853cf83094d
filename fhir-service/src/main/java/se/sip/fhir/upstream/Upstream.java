package se.sip.fhir.upstream;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.fhir.api.FhirProblem;

/**
 * The four services' search endpoints, called with the caller's own token: each service decides what this caller may
 * see of the person and logs the access, exactly as if the caller had asked it directly. The personal identity number
 * travels in the body only, never in a URL.
 */
@ApplicationScoped
public class Upstream {

    /** A service and its person search (POST, body {@code {"personId": …}}, paged answer {@code {items, total}}). */
    public enum Search {
        CONSENTS("sip.consent-service.url", "/api/v1/consents/search"),
        PLANS("sip.plan-service.url", "/api/v1/plans/search"),
        MEETINGS("sip.meeting-service.url", "/api/v1/meetings/search"),
        CONSENT_ACCESSES("sip.consent-service.url", "/api/v1/access-log/search"),
        PLAN_ACCESSES("sip.plan-service.url", "/api/v1/access-log/search"),
        MEETING_ACCESSES("sip.meeting-service.url", "/api/v1/access-log/search"),
        NOTIFICATION_ACCESSES("sip.notification-service.url", "/api/v1/access-log/search");

        final String urlSetting;
        final String path;

        Search(String urlSetting, String path) {
            this.urlSetting = urlSetting;
            this.path = path;
        }
    }

    /** A service's list of the caller's own records (GET, paged), for the person themselves (role individual). */
    public enum Own {
        CONSENTS("sip.consent-service.url", "/api/v1/me/consents"),
        PLANS("sip.plan-service.url", "/api/v1/me/plans"),
        CONSENT_ACCESSES("sip.consent-service.url", "/api/v1/me/access-log"),
        MEETING_ACCESSES("sip.meeting-service.url", "/api/v1/me/access-log"),
        PLAN_ACCESSES("sip.plan-service.url", "/api/v1/me/access-log"),
        NOTIFICATION_ACCESSES("sip.notification-service.url", "/api/v1/me/access-log");

        final String urlSetting;
        final String path;

        Own(String urlSetting, String path) {
            this.urlSetting = urlSetting;
            this.path = path;
        }
    }

    /** The largest page the services serve; a person's records beyond {@link #MAX_PAGES} of them are not read. */
    static final int PAGE_SIZE = 200;
    static final int MAX_PAGES = 5;

    private final ObjectMapper json;
    private final Map<Search, URI> urls = new EnumMap<>(Search.class);
    private final Map<Own, URI> ownUrls = new EnumMap<>(Own.class);
    private final URI planService;
    private final HttpClient http;
    private final Duration timeout;

    Upstream(Config config, @ConfigProperty(name = "sip.upstream.timeout") Duration timeout, ObjectMapper json) {
        this.json = json;
        for (Search search : Search.values()) {
            urls.put(search, config.getValue(search.urlSetting, URI.class).resolve(search.path));
        }
        for (Own own : Own.values()) {
            ownUrls.put(own, config.getValue(own.urlSetting, URI.class).resolve(own.path));
        }
        planService = config.getValue("sip.plan-service.url", URI.class);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Every record of the person the service shows this caller, in the service's order. */
    public List<JsonNode> search(Search search, String personId, String authorization) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(json.createObjectNode().put("personId", personId));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return pages(urls.get(search), body, authorization);
    }

    /** Every record of the person themselves the service holds, as their own token reads it, in the service's order. */
    public List<JsonNode> own(Own own, String authorization) {
        return pages(ownUrls.get(own), null, authorization);
    }

    /** One part of a plan the caller may read ({@code schedule}, {@code milestones}), as plan-service answers it. */
    public JsonNode planPart(String planId, String part, String authorization) {
        return call(planService.resolve("/api/v1/plans/" + URLEncoder.encode(planId, StandardCharsets.UTF_8) + "/"
                + part), null, authorization);
    }

    private List<JsonNode> pages(URI url, byte[] body, String authorization) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode answer = call(URI.create(url + "?page=" + page + "&size=" + PAGE_SIZE), body, authorization);
            answer.path("items").forEach(items::add);
            if (items.size() >= answer.path("total").asLong() || answer.path("items").isEmpty()) {
                break;
            }
        }
        return items;
    }

    /** A POST of {@code body}, or a GET when it is null. */
    private JsonNode call(URI uri, byte[] body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new FhirProblem(504, IssueType.TIMEOUT, "A service did not answer in time; try again.");
        } catch (IOException e) {
            throw new FhirProblem(502, IssueType.TRANSIENT, "A service could not be reached; try again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FhirProblem(503, IssueType.TRANSIENT, "Interrupted; try again.");
        }
        int status = response.statusCode();
        if (status == 200) {
            try {
                return json.readTree(response.body());
            } catch (IOException e) {
                throw new FhirProblem(502, IssueType.EXCEPTION, "A service gave an answer that is not JSON.");
            }
        }
        throw refusal(status);
    }

    /** The service's refusal passed on with its status; its problem text is not, it may name what the caller sent. */
    private static FhirProblem refusal(int status) {
        return switch (status) {
            case 401 -> new FhirProblem(401, IssueType.LOGIN, "The bearer token is missing, invalid or expired.");
            case 403 -> new FhirProblem(403, IssueType.FORBIDDEN, "Your role may not read these records.");
            case 400, 422 -> new FhirProblem(400, IssueType.INVALID,
                    "The patient identifier's value is not a valid personal identity or coordination number.");
            case 429 -> new FhirProblem(429, IssueType.THROTTLED, "Too many requests; try again later.");
            default -> new FhirProblem(502, IssueType.EXCEPTION, "A service failed to answer (" + status + ").");
        };
    }
}
