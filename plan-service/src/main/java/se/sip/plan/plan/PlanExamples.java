package se.sip.plan.plan;

/** Example bodies for the OpenAPI document: the partners' manual. Test numbers only (191212121212 is Skatteverket's). */
final class PlanExamples {

    static final String LVM_AFTERCARE = """
            {
              "personId": "19121212-1212",
              "kind": "LVM_AFTERCARE",
              "lead": {"orgId": "kommun-0583", "name": "Motala kommun, vuxenenheten"},
              "parties": [
                {"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun, vuxenenheten",
                 "contact": "Socialsekreterare, 0141-22 50 00"},
                {"orgId": "sis-lvm-hem-1", "orgType": "SIS", "name": "SiS LVM-hem"},
                {"orgId": "region-ostergotland-beroende", "orgType": "REGION", "name": "Beroendemottagningen"}
              ],
              "careEpisode": {"lvmStartedOn": "2026-10-01", "institution": "SiS LVM-hem", "expectedDischargeOn": "2027-04-01"},
              "horizonMonths": 12,
              "individualGoal": "Jag vill ha en egen lägenhet och ett jobb, och hålla mig drogfri.",
              "needs": "Housing, addiction treatment after discharge and support back to work."
            }""";

    private static final String PLAN_ID = """
            {
              "id": "0f5a3c2e-6d1b-4c1a-9a57-3c0f7d2b8e41",
            """;

    /** Whose plan it is, which the person themselves is not shown. */
    private static final String PERSON = """
              "personId": "191212121212",
              "personRef": "3f1d0c8a6b...e2",
            """;

    private static final String PLAN_FIELDS = """
              "kind": "LVM_AFTERCARE",
              "status": "ACTIVE",
              "lead": {"orgId": "kommun-0583", "name": "Motala kommun, vuxenenheten"},
              "parties": [
                {"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun, vuxenenheten"},
                {"orgId": "sis-lvm-hem-1", "orgType": "SIS", "name": "SiS LVM-hem"}
              ],
              "careEpisode": {"lvmStartedOn": "2026-10-01", "institution": "SiS LVM-hem", "expectedDischargeOn": "2027-04-01"},
              "horizonMonths": 12,
              "individualGoal": "Jag vill ha en egen lägenhet och ett jobb, och hålla mig drogfri.",
              "needs": "Housing, addiction treatment after discharge and support back to work.",
              "consentId": "5b0c8f0e-8a4e-4d4f-9d6a-2f1f0b6d9c11",
            """;

    private static final String PLAN_BEGIN = PLAN_ID + PERSON + PLAN_FIELDS;

    private static final String CREATED_BY_STAFF = """
              "created": {"org": "kommun-0583", "sub": "cw-1", "at": "2026-11-23T09:30:00Z"},
            """;

    private static final String PLAN_CONTENT = """
              "lifeAreas": [
                {"area": "SUBSTANCE_USE", "currentSituation": "Drogfri under vårdtiden.", "goals": [
                  {"id": "7c1e2a44-2f0b-4f7e-9c43-1d2b3a4c5d6e", "text": "Drogfri ett år efter utskrivningen", "targetDate": "2028-04-01"}]},
                {"area": "MENTAL_HEALTH", "goals": []}
              ],
              "actions": [
                {"id": "3a9d6b1e-0c4f-4f5a-8e2d-6b7c8d9e0f12", "lifeArea": "SUBSTANCE_USE", "intervention": "RELAPSE_PREVENTION",
                 "description": "Återfallsprevention i grupp.", "responsibleOrgId": "region-ostergotland-beroende",
                 "goalId": "7c1e2a44-2f0b-4f7e-9c43-1d2b3a4c5d6e", "dueOn": "2027-10-01", "status": "PLANNED"}
              ],
              "placementChanges": [
                {"type": "SECTION_27_PLACEMENT", "effectiveOn": "2027-02-01", "recordedByOrg": "kommun-0583", "recordedAt": "2027-01-28T10:00:00Z"}
              ],
              "deviations": [],
              "version": 4
            }""";

    private static final String PLAN_END = CREATED_BY_STAFF + PLAN_CONTENT;

    static final String PLAN = PLAN_BEGIN + PLAN_END;

    /** A plan as GET answers it: with the terms of the consent it rests on. */
    static final String PLAN_READ = PLAN_BEGIN + """
              "consent": {"id": "5b0c8f0e-8a4e-4d4f-9d6a-2f1f0b6d9c11", "available": true, "validUntil": "2027-11-22",
                          "restrictions": "Inget om mina barn får delas med min arbetsgivare."},
            """ + PLAN_END;

    static final String PAGE = "{\"items\": [" + PLAN + "], \"page\": 0, \"size\": 50, \"total\": 1}";

    /** The person's own plan as they are shown it: without their number or pseudonym, started by an organisation. */
    private static final String OWN_PLAN = PLAN_ID + PLAN_FIELDS + """
              "created": {"org": "kommun-0583", "at": "2026-11-23T09:30:00Z"},
            """ + PLAN_CONTENT;

    static final String OWN_PAGE = "{\"items\": [" + OWN_PLAN + "], \"page\": 0, \"size\": 50, \"total\": 1}";

    static final String PATCH = """
            {
              "individualGoal": "Jag vill ha en egen lägenhet och ett arbete.",
              "professionalGoal": "Stabilt boende med stöd under det första året.",
              "careEpisode": {"expectedDischargeOn": "2027-05-01"},
              "representative": null
            }""";

    static final String CLOSURE = """
            {"reason": "GOALS_MET", "note": "Agreed at the follow-up meeting 2027-10-05."}""";

    static final String NOT_LEAD_NOR_MANAGER = """
            {
              "type": "urn:sip:problem:forbidden",
              "title": "Not permitted",
              "status": 403,
              "detail": "Only the lead organisation (kommun-0583), or a manager (role manager) of a party organisation, may close the plan."
            }""";

    static final String NO_CONSENT = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "No consent in force lets your organisation share this person's information (SHARE_INFORMATION), so no plan was started."
            }""";

    static final String PARTY_NOT_COVERED = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "No consent in force shares this person's information (SHARE_INFORMATION) with region-ostergotland-beroende, so no plan was started. Every party and the lead must be named by a consent the person gave for it."
            }""";

    static final String KIND_RULE = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "The plan cannot be started: an LVM_AFTERCARE plan needs the SiS institution (a SIS party): SiS is invited whatever the constellation."
            }""";

    static final String CONSENT_SERVICE_DOWN = """
            {
              "type": "urn:sip:problem:service-unavailable",
              "title": "Service unavailable",
              "status": 503,
              "detail": "The consent service cannot answer now, so consent cannot be checked; nothing was stored. Retry later."
            }""";

    private PlanExamples() {
    }

    static final String SYSTEM_REASON = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "CONSENT_WITHDRAWN is the system's reason: a plan closes so by itself when the consent it rests on ends and no other consent in force covers its lead. Record the withdrawal in consent-service, or give the reason the plan ends for."
            }""";
}
