package se.sip.plan.party;

/** Example bodies of the party calls for the OpenAPI document. */
final class PartyExamples {

    static final String PARTY = """
            {"orgId": "bostadsbolaget-motala", "orgType": "OTHER", "name": "Bostadsbolaget i Motala",
             "contact": "Boendestödjare, 0141-22 60 00"}""";

    static final String CONTACT = """
            {"name": "Kim Berg, boendestödjare", "phone": "0141-22 60 01", "email": "kim.berg@example.se"}""";

    static final String ALREADY_A_PARTY = """
            {
              "type": "urn:sip:problem:conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "bostadsbolaget-motala is already a party of the plan."
            }""";

    static final String CANNOT_LEAVE = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "kommun-0583 cannot leave the plan: it is the lead (huvudansvarig); hand the lead to\
             another party first."
            }""";

    private PartyExamples() {
    }
}
