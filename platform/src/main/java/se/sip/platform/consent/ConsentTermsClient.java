package se.sip.platform.consent;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Reads a consent's terms from consent-service for a page that shows them. The terms shown (id, last valid day,
 * restrictions) never change once recorded, so an answer is kept a while in memory: a read of a plan does not call
 * consent-service every time. No answer within the read timeout (2 s) gives {@link ConsentTerms#unavailable}, not
 * an error: the read that shows it still answers.
 */
@ApplicationScoped
public class ConsentTermsClient {

    private static final Logger LOG = Logger.getLogger(ConsentTermsClient.class);

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record ConsentRead(UUID id, LocalDate validUntil, String restrictions) {
    }

    private final ConsentServiceHttp consentService;
    private final ObjectMapper json;
    private final Cache<UUID, ConsentTerms> known = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    ConsentTermsClient(ConsentServiceHttp consentService, ObjectMapper json) {
        this.consentService = consentService;
        this.json = json;
    }

    /** The terms of consent {@code id}; unavailable when consent-service does not answer in time. */
    public ConsentTerms terms(UUID id) {
        ConsentTerms terms = known.getIfPresent(id);
        if (terms == null) {
            terms = read(id);
            if (terms.available()) {
                known.put(id, terms);
            }
        }
        return terms;
    }

    private ConsentTerms read(UUID id) {
        Duration timeout = consentService.config().readTimeout();
        try {
            HttpResponse<byte[]> response = consentService.send("/api/v1/consents/" + id, timeout,
                    HttpRequest.newBuilder().GET());
            if (response.statusCode() != 200) {
                LOG.warnf("consent-service did not give the terms of consent %s: status %d", id,
                        response.statusCode());
                return ConsentTerms.unavailable(id);
            }
            ConsentRead read = json.readValue(response.body(), ConsentRead.class);
            return new ConsentTerms(id, true, read.validUntil(), read.restrictions(), null);
        } catch (IOException e) {
            LOG.warnf("consent-service did not give the terms of consent %s: %s", id, e.getClass().getSimpleName());
            return ConsentTerms.unavailable(id);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ConsentTerms.unavailable(id);
        }
    }
}
