package se.sip.consent.decision;

/** Example bodies of the consent decisions API for the OpenAPI document: the partners' manual. Test numbers only. */
final class DecisionExamples {

    static final String DECISION_PERMITTED = """
            {"permitted": true, "consentId": "5b0c8f0e-8a4e-4d4f-9d6a-2f1f0b6d9c11", "reason": "CONSENT_IN_FORCE"}""";

    static final String DECISION_REFUSED = """
            {"permitted": false, "reason": "PURPOSE_NOT_COVERED"}""";

    static final String DECISION_NOT_PERMITTED = """
            {"permitted": false, "reason": "NOT_PERMITTED"}""";

    static final String DECISION_SEARCH = """
            {
              "personId": "191212121212",
              "purpose": "SHARE_INFORMATION",
              "orgIds": ["kommun-0583", "region-ostergotland-beroende", "kommun-0180"]
            }""";

    static final String DECISIONS = """
            {
              "decisions": [
                {"orgId": "kommun-0583", "permitted": true, "consentId": "5b0c8f0e-8a4e-4d4f-9d6a-2f1f0b6d9c11",
                 "reason": "CONSENT_IN_FORCE"},
                {"orgId": "region-ostergotland-beroende", "permitted": false, "reason": "PURPOSE_NOT_COVERED"},
                {"orgId": "kommun-0180", "permitted": false, "reason": "NOT_PERMITTED"}
              ]
            }""";

    private DecisionExamples() {
    }
}
