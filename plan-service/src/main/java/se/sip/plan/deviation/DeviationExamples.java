package se.sip.plan.deviation;

/** Example bodies of the deviations for the OpenAPI document. */
final class DeviationExamples {

    static final String DEVIATION = """
            {
              "description": "Återfallsgruppen ställdes in två veckor i rad; ingen ersättningstid gavs.",
              "reportedByOrgId": "kommun-0583",
              "actionId": "3a9d6b1e-0c4f-4f5a-8e2d-6b7c8d9e0f12"
            }""";

    private DeviationExamples() {
    }
}
