package se.sip.plan.placement;

/** Example bodies of the placement changes for the OpenAPI document. */
final class PlacementExamples {

    static final String SECTION_27 = """
            {"type": "SECTION_27_PLACEMENT", "effectiveOn": "2027-02-01", "note": "Behandlingshem enligt 27 § LVM."}""";

    static final String READMITTED = """
            {"type": "ADMITTED", "effectiveOn": "2027-09-01", "note": "Nytt beslut om vård enligt LVM.",
             "institution": {"orgId": "sis-lvm-hem-1", "name": "SiS LVM-hem Runnagården"}}""";

    static final String PLACEMENT_ORDER = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "RETURNED_TO_INSTITUTION cannot follow DISCHARGED; allowed now: [ADMITTED]."
            }""";

    static final String NOT_LEAD_NOR_MANAGER = """
            {
              "type": "urn:sip:problem:forbidden",
              "title": "Not permitted",
              "status": 403,
              "detail": "Only the lead organisation (kommun-0583), or a manager (role manager) of a party organisation, may record the discharge."
            }""";

    private PlacementExamples() {
    }
}
