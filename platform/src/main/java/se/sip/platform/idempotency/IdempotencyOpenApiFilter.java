package se.sip.platform.idempotency;

import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import se.sip.platform.problem.ProblemResponses;

/** Documents the Idempotency-Key header, its 409 and 422, and the replay header on every POST under /api. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class IdempotencyOpenApiFilter implements OASFilter {

    private static final String DESCRIPTION = """
            Optional; makes a retried POST safe. Send a new unique value (e.g. a UUID) with each new request and the \
            same value when retrying it. The key belongs to the caller (the token's org and sub).

            For at least 24 hours after the first response, a request with the same key, method, path, query and \
            body (byte for byte) is not run again: it gets the first response (status, Location, ETag, body) with \
            `Idempotency-Replayed: true`. Every response is kept for replay, 5xx included, except %s: after those \
            the request did not take effect, and the key may be used again.

            The same key with another request → 422 (`urn:sip:problem:idempotency-key-reused`). While the first \
            request with the key is still being processed → 409 (`urn:sip:problem:idempotency-key-in-use`): retry \
            later with the same key. Should a server stop after the request took effect but before its response was \
            kept, the key is freed after a timeout (60 seconds by default) and a retry runs the request again.\
            """.formatted(IdempotencyFilters.NOT_STORED.stream().sorted().map(String::valueOf)
            .collect(Collectors.joining(", ")));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/") && item.getPOST() != null) {
                document(item.getPOST());
            }
        });
    }

    private static void document(Operation post) {
        post.addParameter(OASFactory.createParameter()
                .name(IdempotencyFilters.HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description(DESCRIPTION)
                .example("8e03978e-40d5-43e8-bc93-6894a57f9324")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$")));
        if (post.getResponses() == null) {
            post.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = post.getResponses();
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeader(IdempotencyFilters.REPLAYED_HEADER, OASFactory.createHeader()
                        .description("`true` when this is the stored response to an earlier request with the same"
                                + " Idempotency-Key")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)));
            }
        });
        problem(responses, "409", "A request with this Idempotency-Key is still being processed");
        problem(responses, "422", "This Idempotency-Key was used for another request");
    }

    /** Adds the response, or extends the description of the one the operation documents already. */
    private static void problem(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null) {
            existing.setDescription(existing.getDescription() + ". Or: " + description);
            return;
        }
        responses.addAPIResponse(status, ProblemResponses.problem(description));
    }
}
