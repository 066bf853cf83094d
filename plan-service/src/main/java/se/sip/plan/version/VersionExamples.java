package se.sip.plan.version;

/** Example bodies of the agreed versions for the OpenAPI document. Test numbers only. */
final class VersionExamples {

    static final String SUMMARY = """
            {"version": 1, "agreedAt": "2027-01-12T14:05:00Z", "meetingId": "9b2f6e1c-3d4a-4b5c-8d6e-7f8091a2b3c4",
             "minutesRevision": 1, "nextFollowUpOn": "2027-04-05"}""";

    static final String PAGE = "{\"items\": [" + SUMMARY + "], \"page\": 0, \"size\": 50, \"total\": 1}";

    static final String VERSION = """
            {
              "version": 1,
              "agreedAt": "2027-01-12T14:05:00Z",
              "meetingId": "9b2f6e1c-3d4a-4b5c-8d6e-7f8091a2b3c4",
              "minutesRevision": 1,
              "nextFollowUpOn": "2027-04-05",
              "plan": {
                "id": "0f5a3c2e-6d1b-4c1a-9a57-3c0f7d2b8e41",
                "personId": "191212121212",
                "kind": "LVM_AFTERCARE",
                "status": "ACTIVE",
                "lead": {"orgId": "kommun-0583", "name": "Motala kommun, vuxenenheten"},
                "parties": [
                  {"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun, vuxenenheten"},
                  {"orgId": "sis-lvm-hem-1", "orgType": "SIS", "name": "SiS LVM-hem"}
                ],
                "horizonMonths": 12,
                "individualGoal": "Jag vill ha en egen lägenhet och ett jobb, och hålla mig drogfri.",
                "needs": "Housing, addiction treatment after discharge and support back to work.",
                "lifeAreas": [{"area": "HOUSING", "currentSituation": "Ingen egen bostad.", "goals": []}],
                "actions": [],
                "version": 3
              }
            }""";

    static final String CHANGES = """
            {
              "version": 2,
              "comparedWith": 1,
              "changedFields": ["needs"],
              "needs": {"from": "Housing after discharge.", "to": "Housing and work after discharge."},
              "lifeAreas": [
                {"area": "HOUSING", "situationChanged": true,
                 "situation": {"from": "Ingen egen bostad.", "to": "Träningslägenhet sedan mars."},
                 "goalsAdded": [{"id": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "text": "Eget förstahandskontrakt"}],
                 "goalsRemoved": [], "goalsChanged": []}
              ],
              "actions": [
                {"id": "3a9d6b1e-0c4f-4f5a-8e2d-6b7c8d9e0f12", "change": "CHANGED", "fields": ["status"],
                 "action": {"id": "3a9d6b1e-0c4f-4f5a-8e2d-6b7c8d9e0f12", "lifeArea": "SUBSTANCE_USE",
                  "intervention": "RELAPSE_PREVENTION", "description": "Återfallsprevention i grupp.",
                  "responsibleOrgId": "region-ostergotland-beroende", "dueOn": "2027-10-01", "status": "ONGOING"}}
              ]
            }""";

    static final String NO_VERSION = """
            {"type": "urn:sip:problem:not-found", "title": "Not found", "status": 404, "detail": "Agreed version 7 not found"}""";

    private VersionExamples() {
    }
}
