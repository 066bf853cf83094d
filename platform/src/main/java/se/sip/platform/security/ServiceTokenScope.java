package se.sip.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

import se.sip.platform.problem.ProblemMappers;
import se.sip.platform.problem.ProblemType;

/**
 * What our own services' tokens may do, decided before anything is read or written. A service token must be signed
 * with that service's own key (key id {@link ServiceTokens#KEY_ID_PREFIX}{@code <service>}), and a key of our services
 * signs nothing else: a service's key that leaked cannot pass for a person, nor for another service, and the identity
 * provider's key cannot pass for a service (401). A service token may then make only the calls this service allows
 * that service ({@code sip.service-token.allowed.<service>}), each a read: anything else is 403, so a service that went
 * wrong cannot change a meeting, a plan or a consent as if it were a person.
 */
public class ServiceTokenScope {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecurityIdentity identity;
    private final CurrentCaller caller;
    private final ServiceTokens tokens;
    private final JsonWebToken jwt;

    ServiceTokenScope(SecurityIdentity identity, CurrentCaller caller, ServiceTokens tokens, JsonWebToken jwt) {
        this.identity = identity;
        this.caller = caller;
        this.tokens = tokens;
        this.jwt = jwt;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION - 200)
    public Optional<Response> onlyWhatTheServiceNeeds(ContainerRequestContext request) {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Caller who = caller.get();
        String keyId = keyId(jwt.getRawToken());
        boolean ownService = tokens.isOwnService(who);
        if (ownService != ServiceTokens.isServiceKey(keyId) || ownService && !ServiceTokens.isKeyOf(keyId,
                who.subject())) {
            return Optional.of(ProblemMappers.respond(ProblemType.UNAUTHENTICATED.problem("Our services' tokens are"
                    + " signed with the service's own key, and those keys sign nothing else.")));
        }
        if (!ownService || allows(tokens.allowedFor(who.subject()), request)) {
            return Optional.empty();
        }
        return Optional.of(ProblemMappers.respond(ProblemType.FORBIDDEN.problem(
                "This service does not take this call from " + who.subject() + ".")));
    }

    private static boolean allows(List<String> allowed, ContainerRequestContext request) {
        String call = request.getMethod() + " /" + request.getUriInfo().getPath().replaceFirst("^/", "");
        return allowed.stream().anyMatch(pattern -> matches(pattern.trim(), call));
    }

    /** {@code "GET /api/v1/meetings/*"} matches {@code "GET /api/v1/meetings/<one segment>"}. */
    static boolean matches(String pattern, String call) {
        String[] want = pattern.split("/", -1);
        String[] got = call.split("/", -1);
        if (want.length != got.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (!want[i].equals(got[i]) && !(want[i].equals("*") && !got[i].isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /** The {@code kid} of the token's (verified) header; null when it has none. */
    private static String keyId(String rawToken) {
        try {
            byte[] header = Base64.getUrlDecoder().decode(rawToken.substring(0, rawToken.indexOf('.')));
            JsonNode kid = JSON.readTree(new String(header, StandardCharsets.UTF_8)).path("kid");
            return kid.isTextual() ? kid.asText() : null;
        } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }
}
