package se.sip.platform.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every operation under /api needs a token and a role, so each may answer 401 and 403 with a problem. Documented once
 * here, as shared responses; an operation that says more about its 403 keeps its own text.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SecurityProblemsOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> document(openAPI, operation));
            }
        });
    }

    private static void document(OpenAPI openAPI, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        ProblemResponses.addSharedIfAbsent(openAPI, responses, "401", "Unauthorized",
                "No valid token: missing, not signed by a trusted key, or expired");
        ProblemResponses.addSharedIfAbsent(openAPI, responses, "403", "Forbidden",
                "The caller's role does not permit this call");
    }
}
