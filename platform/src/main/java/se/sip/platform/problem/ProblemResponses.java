package se.sip.platform.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/** The OpenAPI filters' one way to document a response that is an RFC 9457 problem. */
public final class ProblemResponses {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private ProblemResponses() {
    }

    public static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    /**
     * A problem every operation of a kind may answer, written once under {@code components/responses} as
     * {@code name} and referred to from the operation, unless the operation documents that status itself (its text
     * is more precise).
     */
    public static void addSharedIfAbsent(OpenAPI openAPI, APIResponses responses, String status, String name,
            String description) {
        if (responses.getAPIResponse(status) != null) {
            return;
        }
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getResponses() == null || !components.getResponses().containsKey(name)) {
            components.addResponse(name, problem(description));
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + name));
    }

    static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    /** Whether the document has the Problem schema the problem responses refer to. */
    static boolean hasProblemSchema(OpenAPI openAPI) {
        return openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey("Problem");
    }
}
