package se.sip.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

import se.sip.platform.problem.Problem;
import se.sip.platform.problem.ProblemType;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused with a 413 problem before it is
 * read. The HTTP layer enforces the same limit on a body sent without a length, but answers that one without a body.
 */
@ApplicationScoped
class BodyLimit {

    void install(@Observes Router router, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit)
            throws JsonProcessingException {
        Problem problem = ProblemType.PAYLOAD_TOO_LARGE.problem("The request body is larger than the "
                + limit.asLongValue() / 1024 + " KiB this service accepts.");
        String body = json.writeValueAsString(problem);
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLong(length, limit.asLongValue())) {
                ctx.response().setStatusCode(problem.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(body);
            } else {
                ctx.next();
            }
        });
    }

    private static boolean tooLong(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
