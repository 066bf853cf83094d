package se.sip.plan.lead;

/** Example bodies of the lead change for the OpenAPI document. */
final class LeadExamples {

    static final String REQUEST = """
            {"orgId": "region-ostergotland-beroende", "name": "Beroendemottagningen, Motala"}""";

    static final String NOT_A_PARTY = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "The lead (huvudansvarig) must be one of the plan's parties [kommun-0583, sis-lvm-hem-1]."
            }""";

    private LeadExamples() {
    }
}
