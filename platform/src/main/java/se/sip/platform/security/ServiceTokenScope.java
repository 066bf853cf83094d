package se.sip.platform.security;

import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;

import se.sip.platform.problem.ProblemMappers;
import se.sip.platform.problem.ProblemType;

/**
 * What our own services' tokens may do: read (a meeting for its invitees, a consent's terms) and ask consent-service's
 * decisions, the one POST that is a read. Nothing else: a service token that leaked, or a service that went wrong,
 * cannot change a meeting, a plan or a consent as if it were a person, and is refused with 403 before anything is
 * read or written.
 */
public class ServiceTokenScope {

    /** The POSTs our services make to each other: each a read that keeps the personal identity number in the body. */
    static final Set<String> READING_POSTS = Set.of("/api/v1/consent-decisions/search");

    private final SecurityIdentity identity;
    private final CurrentCaller caller;
    private final ServiceTokens tokens;

    ServiceTokenScope(SecurityIdentity identity, CurrentCaller caller, ServiceTokens tokens) {
        this.identity = identity;
        this.caller = caller;
        this.tokens = tokens;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION - 200)
    public Optional<Response> onlyReads(ContainerRequestContext request) {
        if (identity.isAnonymous() || !tokens.isOwnService(caller.get()) || mayDo(request)) {
            return Optional.empty();
        }
        return Optional.of(ProblemMappers.respond(ProblemType.FORBIDDEN.problem("Our services' tokens only read.")));
    }

    private static boolean mayDo(ContainerRequestContext request) {
        String method = request.getMethod();
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)
                || HttpMethod.POST.equals(method) && READING_POSTS.contains("/" + request.getUriInfo().getPath()
                        .replaceFirst("^/", ""));
    }
}
