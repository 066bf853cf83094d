package se.sip.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import se.sip.platform.problem.ProblemResponses;

/**
 * Every operation that takes If-Match ({@link Versions}) may answer 412 for a stale version, and 428 when it requires
 * the header and it is missing. Documented once here; an operation that says more keeps its own text.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class IfMatchOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> document(openAPI, operation)));
    }

    private static void document(OpenAPI openAPI, Operation operation) {
        Parameter ifMatch = operation.getParameters() == null ? null : operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
        if (ifMatch == null) {
            return;
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        ProblemResponses.addSharedIfAbsent(openAPI, operation.getResponses(), "412", "PreconditionFailed",
                "If-Match names an older version: read the resource again and retry with its ETag");
        if (Boolean.TRUE.equals(ifMatch.getRequired())) {
            ProblemResponses.addSharedIfAbsent(openAPI, operation.getResponses(), "428", "PreconditionRequired",
                    "If-Match is missing: this change requires it");
        }
    }
}
