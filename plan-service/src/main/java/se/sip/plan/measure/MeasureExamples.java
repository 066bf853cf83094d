package se.sip.plan.measure;

/** Example bodies of the other measures and the youth assignment's order for the OpenAPI document. */
final class MeasureExamples {

    static final String OTHER_MEASURES = """
            {"otherMeasures": [
              {"description": "Går på AA-möten två gånger i veckan.", "responsibleOrgId": "INDIVIDUAL"},
              {"description": "Övervakning under villkorlig frigivning.", "responsibleOrgId": "kriminalvarden",
               "responsibleName": "Kriminalvården, frivården Motala"}
            ]}""";

    static final String PRINCIPAL = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "otherMeasures[0] names a principal (kommun-0583): a principal's own measures are the plan's actions."
            }""";

    static final String YOUTH_ORDER = """
            {"resourceUnitOrgId": "kommun-0583-srv", "orderedOn": "2027-01-10", "interventionFrom": "2027-01-15",
             "interventionTo": "2027-07-15"}""";

    static final String WRONG_KIND = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "The order cannot be recorded: only a YOUTH_ASSIGNMENT has an order to the resource unit (youthOrder)."
            }""";

    static final String CONTACT_WILL_EXECUTE = """
            {"on": "2027-01-20", "by": "Administrativ samordnare, socialkontoret", "outcome": "WILL_EXECUTE"}""";

    static final String CONTACT_WILL_NOT_EXECUTE = """
            {"on": "2027-01-20", "by": "Administrativ samordnare, socialkontoret", "outcome": "WILL_NOT_EXECUTE",
             "reasons": "Ingen behandlare med rätt inriktning är ledig före juni."}""";

    static final String REASONS_MISSING = """
            {
              "type": "urn:sip:problem:validation",
              "title": "Invalid request",
              "status": 400,
              "detail": "1 field is invalid.",
              "errors": [{"field": "reasons", "message": "required when the outcome is WILL_NOT_EXECUTE: the unit's written reasons"}]
            }""";

    static final String NO_ORDER = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "The plan has no order to the resource unit yet to record a contact for: record the order first (PUT /api/v1/plans/{id}/youth-order)."
            }""";

    static final String IMPLEMENTATION_PLAN = """
            {"performerOrgId": "kommun-0583-srv", "receivedOn": "2027-02-10", "documentRef": "VIVA-GP-2027-0142"}""";

    static final String PERFORMER_NOT_A_PARTY = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "The performer (performerOrgId srv-elsewhere) must be one of the plan's parties."
            }""";

    private MeasureExamples() {
    }

    static final String GUARDIAN_REFUSAL = """
            {"on": "2027-03-02", "refusedBy": "GUARDIAN",
             "note": "Vårdnadshavaren Per Berg vill avsluta insatsen och kommer inte till träffarna."}""";

    static final String YOUTH_REFUSAL = """
            {"on": "2027-03-02", "refusedBy": "YOUTH",
             "note": "Ungdomen (16 år) vill inte delta. Stödet till föräldrarna i föräldrarollen fortsätter."}""";

    static final String UNDER_FIFTEEN = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "A child under 15 does not refuse the intervention alone: the guardians decide (seed 004 lets a youth over 15 refuse, the support to the parents going on). A guardian's refusal is recorded as GUARDIAN."
            }""";

    static final String CONTINUES = """
            {"on": "2027-03-09", "decidedBy": "Eva Lind, socialsekreterare", "continues": true,
             "reasons": "Ungdomen är 16 år, vill fortsätta och insatsen bedöms behövas."}""";

    static final String NOTHING_TO_DECIDE = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "No guardian has withdrawn or stopped cooperating by 2027-03-09, so there is nothing to decide: record the guardian's refusal first (POST /api/v1/plans/{id}/youth-order/refusals, refusedBy GUARDIAN)."
            }""";
}
