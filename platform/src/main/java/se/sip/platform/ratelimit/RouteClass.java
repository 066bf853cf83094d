package se.sip.platform.ratelimit;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;

/** Which limit a request counts against. */
enum RouteClass {
    READ,
    WRITE,
    PERSON_SEARCH;

    /** A search by personal identity number (a {@code personId} query, or a {@code …/search} POST) is its own class. */
    static RouteClass of(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (request.getUriInfo().getQueryParameters().containsKey("personId") || path.endsWith("/search")) {
            return PERSON_SEARCH;
        }
        String method = request.getMethod();
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)
                ? READ : WRITE;
    }

    int perCaller(RateLimitConfig config) {
        return switch (this) {
            case READ -> config.readsPerCaller();
            case WRITE -> config.writesPerCaller();
            case PERSON_SEARCH -> config.searchesPerCaller();
        };
    }

    int perOrganisation(RateLimitConfig config) {
        return switch (this) {
            case READ -> config.readsPerOrganisation();
            case WRITE -> config.writesPerOrganisation();
            case PERSON_SEARCH -> config.searchesPerOrganisation();
        };
    }
}
