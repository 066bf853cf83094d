package se.sip.consent.consent;

/**
 * Example bodies of the consents API for the OpenAPI document: the partners' manual. Test numbers only, from
 * Skatteverket's list (testpersonnummer): 191212121212 an adult, 201701012393 a child born 2017-01-01.
 */
final class ConsentExamples {

    static final String GRANTED = """
            {
              "personId": "19121212-1212",
              "decision": "GRANTED",
              "givenBy": {"role": "INDIVIDUAL"},
              "form": "WRITTEN",
              "purposes": ["CONVENE_MEETING", "OBTAIN_DOCUMENTATION", "SHARE_INFORMATION", "INVITE_RELATIVES"],
              "parties": [
                {"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun, vuxenenheten"},
                {"orgId": "sis-lvm-hem-1", "orgType": "SIS", "name": "SiS LVM-hem"},
                {"orgId": "region-ostergotland-beroende", "orgType": "REGION", "name": "Beroendemottagningen"}
              ],
              "relatives": [{"name": "Anna Andersson", "relation": "sister", "email": "anna@example.org"}],
              "validFrom": "2026-11-23",
              "validUntil": "2027-11-22",
              "journalRef": "TRESERVA-2026-4711",
              "restrictions": "Nothing about my children may be shared with my employer."
            }""";

    static final String GUARDIANS = """
            {
              "personId": "201701012393",
              "decision": "GRANTED",
              "givenBy": {"role": "GUARDIAN", "name": "Lisa Berg"},
              "coGuardian": {"name": "Per Berg"},
              "form": "WRITTEN",
              "purposes": ["CONVENE_MEETING", "SHARE_INFORMATION"],
              "parties": [
                {"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun, barn och unga"},
                {"orgId": "region-ostergotland-bup", "orgType": "REGION", "name": "BUP Motala"}
              ],
              "validFrom": "2026-11-23",
              "validUntil": "2027-05-22"
            }""";

    static final String DECLINED = """
            {
              "personId": "191212121212",
              "decision": "DECLINED",
              "givenBy": {"role": "INDIVIDUAL"},
              "form": "VERBAL",
              "needsSeen": "Needs housing support and addiction treatment from both principals.",
              "individualPosition": "Does not want a SIP now; may reconsider after discharge."
            }""";

    static final String CONSENT = """
            {
              "id": "5b0c8f0e-8a4e-4d4f-9d6a-2f1f0b6d9c11",
              "personId": "191212121212",
              "personRef": "3f1d0c8a6b...e2",
              "decision": "GRANTED",
              "status": "ACTIVE",
              "givenBy": {"role": "INDIVIDUAL"},
              "form": "WRITTEN",
              "purposes": ["CONVENE_MEETING", "SHARE_INFORMATION"],
              "parties": [{"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun, vuxenenheten"}],
              "relatives": [],
              "validFrom": "2026-11-23",
              "recordedBy": {"org": "kommun-0583", "sub": "cw-1", "at": "2026-11-23T09:15:00Z"},
              "version": 0
            }""";

    static final String PAGE = "{\"items\": [" + CONSENT + "], \"page\": 0, \"size\": 50, \"total\": 1}";

    static final String WITHDRAWAL = """
            {"reason": "The individual withdrew consent by phone on 2026-12-01.", "withdrawnBy": {"role": "INDIVIDUAL"}}""";

    static final String GUARDIAN_WITHDRAWAL = """
            {"reason": "One of the guardians withdrew consent at the visit on 2026-12-01.",
             "withdrawnBy": {"role": "GUARDIAN", "name": "Per Berg"}}""";

    static final String VALIDATION_PROBLEM = """
            {
              "type": "urn:sip:problem:validation",
              "title": "Invalid request",
              "status": 400,
              "detail": "1 field is invalid.",
              "errors": [{"field": "personId", "message": "has a wrong check digit"}]
            }""";

    static final String RECORDER_NOT_A_PARTY = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "The organisation that records a consent must be one of the parties it names: the one that obtained it."
            }""";

    static final String CHILD_ALONE = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "A child under 15 does not consent alone: the guardians (vårdnadshavare, both with joint custody as givenBy and coGuardian) or a legal representative give the consent (seed 004)."
            }""";

    static final String CO_GUARDIAN_OF_AN_ADULT = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "coGuardian names the second guardian of a child (under 18); the person is 18 or over on validFrom."
            }""";

    static final String NOT_ONE_OF_THE_GUARDIANS = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "A guardian who withdraws a consent given by guardians must be one of them (givenBy or coGuardian)."
            }""";

    static final String THE_PERSON_AS_SOMEONE_ELSE = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "The person themselves withdraws their consent as INDIVIDUAL; a representative or guardian withdraws it through an organisation the consent concerns."
            }""";

    /** What the person themselves reads of their own consents: no number, no staff user id, no relatives' contacts. */
    static final String OWN_PAGE = """
            {
              "items": [
                {
                  "id": "5b0c8f0e-8a4e-4d4f-9d6a-2f1f0b6d9c11",
                  "decision": "GRANTED",
                  "status": "ACTIVE",
                  "givenBy": {"role": "INDIVIDUAL"},
                  "form": "WRITTEN",
                  "purposes": ["CONVENE_MEETING", "SHARE_INFORMATION", "INVITE_RELATIVES"],
                  "parties": [
                    {"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun, vuxenenheten"},
                    {"orgId": "region-ostergotland-beroende", "orgType": "REGION", "name": "Beroendemottagningen"}
                  ],
                  "relatives": [{"name": "Anna Andersson", "relation": "sister"}],
                  "validFrom": "2026-11-23",
                  "validUntil": "2027-11-22",
                  "restrictions": "Nothing about my children may be shared with my employer.",
                  "recordedBy": {"org": "kommun-0583", "at": "2026-11-23T09:15:00Z"},
                  "version": 0
                },
                {
                  "id": "0e7d5a2c-3b1f-4c8e-9a6d-7f2e1b4c8d90",
                  "decision": "DECLINED",
                  "status": "DECLINED",
                  "givenBy": {"role": "INDIVIDUAL"},
                  "form": "VERBAL",
                  "purposes": [],
                  "parties": [],
                  "relatives": [],
                  "needsSeen": "Needs housing support and addiction treatment from both principals.",
                  "individualPosition": "Does not want a SIP now; may reconsider after discharge.",
                  "recordedBy": {"org": "region-ostergotland-beroende", "at": "2026-06-02T13:40:00Z"},
                  "version": 0
                }
              ],
              "page": 0,
              "size": 50,
              "total": 2
            }""";

    private ConsentExamples() {
    }
}
