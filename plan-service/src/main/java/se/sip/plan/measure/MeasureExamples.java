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

    private MeasureExamples() {
    }
}
