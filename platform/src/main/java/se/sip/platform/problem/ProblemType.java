package se.sip.platform.problem;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem the services answer with; the type URI is stable for partners to switch on. */
public enum ProblemType {
    VALIDATION(Status.BAD_REQUEST, "validation", "Invalid request"),
    MALFORMED_JSON(Status.BAD_REQUEST, "malformed-json", "Malformed JSON"),
    UNAUTHENTICATED(Status.UNAUTHORIZED, "unauthenticated", "Authentication required"),
    FORBIDDEN(Status.FORBIDDEN, "forbidden", "Not permitted"),
    NOT_FOUND(Status.NOT_FOUND, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),
    CONFLICT(Status.CONFLICT, "conflict", "Conflict"),
    IDEMPOTENCY_KEY_IN_USE(Status.CONFLICT, "idempotency-key-in-use", "Idempotency key in use"),
    PRECONDITION_FAILED(Status.PRECONDITION_FAILED, "precondition-failed", "Version mismatch"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match required"),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    RULE_VIOLATION(422, "rule-violation", "Rule violated"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency key reused"),
    TOO_MANY_REQUESTS(Status.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests"),
    SERVICE_UNAVAILABLE(Status.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable"),
    INTERNAL(Status.INTERNAL_SERVER_ERROR, "internal", "Internal error");

    private final int status;
    private final String uri;
    private final String title;

    ProblemType(Status status, String slug, String title) {
        this(status.getStatusCode(), slug, title);
    }

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = "urn:sip:problem:" + slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public Problem problem(String detail) {
        return new Problem(uri, title, status, detail, null);
    }

    /**
     * The problem type for a plain HTTP status raised by the framework (404 on an unknown path, 405, 415...): the
     * first listed with that status, so the general type of a status comes before its specific ones.
     */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_JSON) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
