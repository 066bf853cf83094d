package se.sip.plan.action;

/** Example bodies of the actions for the OpenAPI document. */
final class ActionExamples {

    static final String ACTION = """
            {
              "lifeArea": "SUBSTANCE_USE",
              "intervention": "RELAPSE_PREVENTION",
              "description": "Återfallsprevention i grupp, en gång i veckan efter utskrivningen.",
              "responsibleOrgId": "region-ostergotland-beroende",
              "goalId": "7c1e2a44-2f0b-4f7e-9c43-1d2b3a4c5d6e",
              "startOn": "2027-04-01",
              "dueOn": "2027-10-01",
              "status": "PLANNED"
            }""";

    static final String ACTION_PATCH = """
            {"status": "DONE", "achieved": true}""";

    static final String NOT_A_PARTY = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "responsibleOrgId must be one of the plan's parties [kommun-0583, sis-lvm-hem-1] or INDIVIDUAL."
            }""";

    private ActionExamples() {
    }
}
