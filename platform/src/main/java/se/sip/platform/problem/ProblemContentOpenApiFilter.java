package se.sip.platform.problem;

import static org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every error response (4xx, 5xx) of the API is an RFC 9457 problem, so a resource documents only its status and
 * what it means here ({@code @APIResponse(responseCode = "404", description = "No such plan")}); this filter gives
 * each such response the {@code application/problem+json} body with the Problem schema. A response that shows
 * examples, or refers to a shared response, keeps what it has. Every operation may answer 429 (platform
 * {@code RateLimitFilter}) and every one that takes a body 413 (platform {@code BodyLimit}), so each is given those
 * responses too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemContentOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> document(openAPI, operation)));
    }

    private static void document(OpenAPI openAPI, Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        if (operation.getRequestBody() != null && !operation.getResponses().hasAPIResponse("413")) {
            operation.getResponses().addAPIResponse("413", OASFactory.createAPIResponse().description("The body is"
                    + " larger than the service accepts (256 KiB unless the deployment sets"
                    + " quarkus.http.limits.max-body-size); nothing was read"));
        }
        if (!operation.getResponses().hasAPIResponse("429")) {
            operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse().description("Too many"
                    + " requests of this kind from the caller or its organisation; `Retry-After` says in how many"
                    + " seconds to try again").addHeader("Retry-After", OASFactory.createHeader()
                            .description("Seconds to wait").schema(OASFactory.createSchema().addType(INTEGER))));
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (isError(status) && needsBody(response)) {
                if (!ProblemResponses.hasProblemSchema(openAPI)) {
                    // The schema comes from the one resource that names Problem.class (the access log's).
                    throw new IllegalStateException("The OpenAPI document has no Problem schema for " + status
                            + " of " + operation.getOperationId());
                }
                response.setContent(ProblemResponses.problemContent());
            }
        });
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static boolean needsBody(APIResponse response) {
        return response.getRef() == null
                && (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty());
    }
}
