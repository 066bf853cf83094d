package se.sip.platform.consent;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.problem.ProblemType;

/**
 * Asks consent-service, with a service token, whether organisations may act for a purpose on a person now: the
 * check before every write that needs consent, one call for every organisation the write names. When
 * consent-service cannot answer, the write is refused with 503, never let through.
 */
@ApplicationScoped
public class ConsentDecisionClient {

    private static final Logger LOG = Logger.getLogger(ConsentDecisionClient.class);
    private static final String SEARCH = "/api/v1/consent-decisions/search";

    private record Question(String personId, String purpose, List<String> orgIds, String relative) {
    }

    private record Answer(List<ConsentDecision> decisions) {
    }

    private final ConsentServiceHttp consentService;
    private final ObjectMapper json;

    ConsentDecisionClient(ConsentServiceHttp consentService, ObjectMapper json) {
        this.consentService = consentService;
        this.json = json;
    }

    public ConsentDecision decide(PersonalIdentityNumber person, String orgId, String purpose) {
        return decide(person, orgId, purpose, null);
    }

    /** As {@link #decide(PersonalIdentityNumber, String, String)}, for one named relative (INVITE_RELATIVES). */
    public ConsentDecision decide(PersonalIdentityNumber person, String orgId, String purpose, String relative) {
        return ask(person, List.of(orgId), purpose, relative).get(orgId);
    }

    /** The decision for each organisation, in the order given (each asked once). */
    public Map<String, ConsentDecision> decideEach(PersonalIdentityNumber person, Collection<String> orgIds,
            String purpose) {
        return ask(person, List.copyOf(new LinkedHashSet<>(orgIds)), purpose, null);
    }

    private Map<String, ConsentDecision> ask(PersonalIdentityNumber person, List<String> orgIds, String purpose,
            String relative) {
        HttpResponse<byte[]> response;
        try {
            byte[] body = json.writeValueAsBytes(new Question(person.value(), purpose, orgIds, relative));
            response = consentService.send(SEARCH, consentService.config().timeout(), HttpRequest.newBuilder()
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
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
        Map<String, ConsentDecision> decisions = new LinkedHashMap<>();
        try {
            json.readValue(response.body(), Answer.class).decisions().forEach(d -> decisions.put(d.orgId(), d));
        } catch (IOException e) {
            throw unavailable("an unreadable answer");
        }
        if (!decisions.keySet().containsAll(orgIds)) {
            throw unavailable("an answer that leaves an organisation out");
        }
        return decisions;
    }

    private static ProblemException unavailable(String why) {
        LOG.warnf("consent-service could not decide: %s", why);
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "The consent service cannot answer now, so consent cannot be checked; nothing was stored. Retry later.");
    }
}
