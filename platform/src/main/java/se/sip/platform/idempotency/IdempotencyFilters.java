package se.sip.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.security.identity.SecurityIdentity;

import se.sip.platform.access.PersonDataAccess;
import se.sip.platform.access.RequestAccesses;
import se.sip.platform.idempotency.IdempotencyStore.Claim;
import se.sip.platform.idempotency.IdempotencyStore.Existing;
import se.sip.platform.idempotency.IdempotencyStore.StoredResponse;
import se.sip.platform.person.PersonSearch;
import se.sip.platform.problem.Problem;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.problem.ProblemType;
import se.sip.platform.security.Caller;
import se.sip.platform.security.CurrentCaller;

/**
 * The {@code Idempotency-Key} header on every POST of every service (docs/contract.md "Writes from integrations"). The request
 * filter claims the caller's key in PostgreSQL before the handler runs, or answers for it: the stored first response,
 * 409 while the first request still runs, 422 when the key came with another request. The response filter stores the
 * handler's response, or frees the key when the response says that nothing was done and a retry may succeed. A replay
 * shows again what the first request wrote, and is logged as a read of it.
 * <p>
 * Both run on the worker thread of the (blocking) endpoint, after its security checks and before its body is read.
 * The handler's own transaction has committed when the response is stored: an instance that dies in between leaves
 * its claim in progress until the claim timeout, after which a retry runs the request again.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";

    /** Answers that are not stored: the request was refused before it took effect, and a retry may succeed. */
    public static final Set<Integer> NOT_STORED = Set.of(400, 401, 403, 404, 409, 412, 429, 503);

    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final String CLAIM = Claim.class.getName();
    private static final Annotation[] NO_ANNOTATIONS = {};

    private final IdempotencyStore store;
    private final CurrentCaller caller;
    private final SecurityIdentity identity;
    private final Providers providers;
    private final PersonDataAccess access;
    private final RequestAccesses requestAccesses;
    private final RequestClaim requestClaim;

    IdempotencyFilters(IdempotencyStore store, CurrentCaller caller, SecurityIdentity identity, Providers providers,
            PersonDataAccess access, RequestAccesses requestAccesses, RequestClaim requestClaim) {
        this.store = store;
        this.caller = caller;
        this.identity = identity;
        this.providers = providers;
        this.access = access;
        this.requestAccesses = requestAccesses;
        this.requestClaim = requestClaim;
    }

    @ServerRequestFilter
    public Optional<Response> claimOrAnswer(ContainerRequestContext request) throws IOException {
        List<String> keys = request.getHeaders().get(HEADER);
        // An anonymous caller has no scope for a key; the only POSTs it reaches answer "no such path".
        // A search is a read: nothing personal is kept for a replay (PersonSearch).
        if (keys == null || !HttpMethod.POST.equals(request.getMethod()) || identity.isAnonymous()
                || PersonSearch.isSearch(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        if (keys.size() != 1 || !VALID_KEY.matcher(keys.get(0)).matches()) {
            throw ProblemException.invalid(List.of(new Problem.FieldError(HEADER,
                    "must be a single value of 1 to 255 visible ASCII characters")));
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String fingerprint = fingerprint(request, body);

        Caller who = caller.get();
        Claim claim = new Claim(who.scope(), who.subject(), keys.get(0), UUID.randomUUID());
        Optional<Existing> existing = store.claim(claim, fingerprint);
        if (existing.isEmpty()) {
            request.setProperty(CLAIM, claim);
            requestClaim.hold(claim);
            return Optional.empty();
        }
        if (!existing.get().fingerprint().equals(fingerprint)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used for another"
                    + " request (method, path, query or body). Use a new key for a new request.");
        }
        if (existing.get().response() == null) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_IN_USE, "A request with this Idempotency-Key is"
                    + " still being processed. Retry later with the same key to get its response.");
        }
        StoredResponse stored = existing.get().response();
        if (stored.accessed() != null) {
            access.replayed(who, stored.accessed());
        }
        return Optional.of(replay(stored));
    }

    @ServerResponseFilter
    public void storeOrRelease(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        // Once only: should storing fail, the error response that follows must not be stored in its place.
        request.removeProperty(CLAIM);
        if (NOT_STORED.contains(response.getStatus())) {
            store.release(claim);
            return;
        }
        byte[] body = serialiseEntity(response);
        store.complete(claim, new StoredResponse(response.getStatus(),
                body == null ? null : response.getMediaType().toString(),
                response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG), body,
                requestAccesses.lastWrite().orElse(null)));
    }

    /** SHA-256 over the method, the path with its query, and the exact body bytes. */
    private static String fingerprint(ContainerRequestContext request, byte[] body) {
        URI uri = request.getUriInfo().getRequestUri();
        String target = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + " " + target + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /**
     * Writes the entity with the writer the application would use, and makes those bytes the entity, so that the
     * first response and every replay are the same bytes.
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private byte[] serialiseEntity(ContainerResponseContext response) throws IOException {
        Object entity = response.getEntity();
        if (entity == null) {
            return null;
        }
        Annotation[] annotations = response.getEntityAnnotations() == null ? NO_ANNOTATIONS
                : response.getEntityAnnotations();
        // A media type still open at this point (a Response without one) is JSON: the API's only body format.
        MediaType type = response.getMediaType() != null ? response.getMediaType() : MediaType.APPLICATION_JSON_TYPE;
        MessageBodyWriter writer = providers.getMessageBodyWriter(entity.getClass(), response.getEntityType(),
                annotations, type);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(entity, entity.getClass(), response.getEntityType(), annotations, type, response.getHeaders(),
                out);
        byte[] bytes = out.toByteArray();
        response.setEntity(bytes, annotations, type);
        return bytes;
    }

    private static Response replay(StoredResponse stored) {
        Response.ResponseBuilder replay = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            replay.entity(stored.body()).type(stored.contentType());
        }
        if (stored.location() != null) {
            replay.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            replay.header(HttpHeaders.ETAG, stored.etag());
        }
        return replay.build();
    }
}
