package se.sip.plan.lifearea;

/** Example bodies of the life areas for the OpenAPI document. */
final class LifeAreaExamples {

    static final String LIFE_AREA = """
            {
              "currentSituation": "Bor på LVM-hemmet till utskrivningen; ingen egen bostad.",
              "goals": [
                {"text": "Eget förstahandskontrakt", "targetDate": "2027-10-01"},
                {"id": "7c1e2a44-2f0b-4f7e-9c43-1d2b3a4c5d6e", "text": "Träningslägenhet vid utskrivningen", "targetDate": "2027-04-01"}
              ]
            }""";

    private LifeAreaExamples() {
    }
}
