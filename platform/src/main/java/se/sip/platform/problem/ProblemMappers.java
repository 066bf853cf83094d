package se.sip.platform.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import se.sip.platform.person.PersonalNumberMasking;

/**
 * The one place where exceptions become RFC 9457 problems. Jackson's own messages are never passed on: they quote
 * the request body, which may hold a personal identity number.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    // Ahead of the framework's built-in mappers for the same exception types.
    private static final int FIRST = 1;

    @ServerExceptionMapper(priority = FIRST)
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return validation(errors);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response malformed(JsonParseException e) {
        var at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return respond(ProblemType.MALFORMED_JSON.problem("The request body is not valid JSON" + where + "."));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response wrongValue(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        String message = target != null && target.isEnum()
                ? "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "))
                : "has the wrong format for " + simpleType(target);
        return validation(List.of(new Problem.FieldError(pathOf(e), message)));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response wrongShape(MismatchedInputException e) {
        String message = e.getTargetType() == null ? "has the wrong type"
                : "has the wrong type; expected " + simpleType(e.getTargetType());
        return validation(List.of(new Problem.FieldError(pathOf(e), message)));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unmappable(JsonMappingException e) {
        if (e.getProcessor() instanceof JsonGenerator) {
            // Our own answer could not be written (UnwrappedWriteFailures): our error, not a request to correct.
            return unexpected(e);
        }
        return validation(List.of(new Problem.FieldError(pathOf(e), "cannot be read")));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unauthenticated(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unauthenticated(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e) {
        return respond(ProblemType.FORBIDDEN.problem("Your role does not permit this call."));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response http(WebApplicationException e) {
        if (e.getResponse().getEntity() instanceof Problem) {
            // Ours already (an unreadable query parameter, QueryParameters).
            return e.getResponse();
        }
        if (e.getCause() instanceof JsonParseException parse) {
            // The JSON reader reports broken JSON as a 400 carrying the parser's exception.
            return malformed(parse);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "This resource does not support that method.";
            case 406 -> "This resource cannot answer in the media type asked for.";
            case 415 -> "Send the body as application/json.";
            default -> e.getResponse().getStatusInfo().getReasonPhrase();
        };
        Problem problem = new Problem(type.uri(), type.title(), status, detail, null);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unexpected(Throwable e) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf("Unexpected error %s: %s", errorId, PersonalNumberMasking.describe(e));
        return respond(ProblemType.INTERNAL.problem("Something went wrong on our side. Error id: " + errorId));
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Response validation(List<Problem.FieldError> errors) {
        return respond(ProblemException.invalid(errors).problem());
    }

    private static Response unauthenticated() {
        return Response.fromResponse(respond(ProblemType.UNAUTHENTICATED.problem(
                "A valid bearer token is required: present, signed by a trusted key, and not expired.")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** {@code parties[0].orgId} for a body field, the parameter name for a query or path parameter. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        boolean hasProperties = nodes.stream().anyMatch(n -> n.getKind() == ElementKind.PROPERTY
                || n.getKind() == ElementKind.CONTAINER_ELEMENT);
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER, BEAN -> {
                }
                case PARAMETER -> {
                    if (!hasProperties) {
                        field.append(node.getName());
                    }
                }
                default -> {
                    if (node.isInIterable()) {
                        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getKind() == ElementKind.PROPERTY) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "this field";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (java.time.LocalDate.class == type) {
            return "a date (YYYY-MM-DD)";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a time with offset (ISO-8601)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
