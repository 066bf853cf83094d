package se.sip.plan.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.sip.plan.plan.PlanView;

/**
 * Stored agreed versions read back as they always did: a row written when the snapshot was the plan view itself reads
 * as a {@link PlanSnapshot} and answers exactly the JSON that reading it as the plan view answered, whether it is of
 * the first shape (before other measures, the youth order and lead changes) or of the last one, and whether it still
 * holds the personal identity number (schemaVersion 1) or not (2, as V19 left every stored row): the number answered
 * is the plan's, read now. A snapshot written now holds no number.
 */
class PlanSnapshotTest {

    /** As Quarkus configures its mapper: ISO dates, unknown properties ignored. */
    /** The number the plan holds, which the rows below were stored with in schemaVersion 1. */
    private static final String PERSON_ID = "191212121212";

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** A row of the first shape: no otherMeasures, youthOrder nor leadChanges. */
    private static final String FIRST_SHAPE = """
            {"id": "0f5a3c2e-6d1b-4c1a-9a57-3c0f7d2b8e41", "personId": "191212121212", "personRef": "3f1d0c8a6b",
             "kind": "LVM_AFTERCARE", "status": "ACTIVE",
             "lead": {"orgId": "kommun-0583", "name": "Motala kommun, vuxenenheten"},
             "parties": [{"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun", "contact": null},
                         {"orgId": "sis-lvm-hem-1", "orgType": "SIS", "name": "SiS LVM-hem", "contact": "Behandlare"}],
             "careEpisode": {"lvmStartedOn": "2026-10-01", "institution": "SiS LVM-hem", "expectedDischargeOn": null},
             "horizonMonths": 12, "individualGoal": "Egen lägenhet.", "needs": "Boende.",
             "consentId": "5b0c8f0e-8a4e-4d4f-9d6a-2f1f0b6d9c11",
             "created": {"org": "kommun-0583", "sub": "cw-1", "at": "2026-11-23T09:30:00Z"},
             "lifeAreas": [{"area": "SUBSTANCE_USE", "currentSituation": null, "goals": []},
                           {"area": "HOUSING", "currentSituation": "Ingen bostad.", "goals": [
                             {"id": "7c1e2a44-2f0b-4f7e-9c43-1d2b3a4c5d6e", "text": "Eget kontrakt", "targetDate": null}]}],
             "actions": [{"id": "3a9d6b1e-0c4f-4f5a-8e2d-6b7c8d9e0f12", "lifeArea": "HOUSING",
                          "intervention": "HOUSING_SUPPORT", "description": "Boendestöd.", "responsibleOrgId": "kommun-0583",
                          "dueOn": "2027-10-01", "status": "PLANNED"}],
             "placementChanges": [{"type": "SECTION_27_PLACEMENT", "effectiveOn": "2027-02-01", "note": null,
                                   "recordedByOrg": "kommun-0583", "recordedAt": "2027-01-28T10:00:00Z"}],
             "deviations": [],
             "version": 4}""";

    /** A row of the last shape, every part present. */
    private static final String LAST_SHAPE = """
            {"id": "0f5a3c2e-6d1b-4c1a-9a57-3c0f7d2b8e41", "personId": "191212121212", "personRef": "3f1d0c8a6b",
             "kind": "YOUTH_ASSIGNMENT", "status": "CLOSED",
             "lead": {"orgId": "region-1", "name": "Beroendemottagningen"},
             "parties": [{"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun", "contact": null},
                         {"orgId": "region-1", "orgType": "REGION", "name": "Beroendemottagningen", "contact": null}],
             "horizonMonths": 6, "representative": {"role": "GUARDIAN", "name": "Anna"},
             "individualGoal": "Skolan.", "needs": "Stöd.",
             "otherMeasures": [{"description": "AA-möten.", "responsibleOrgId": "INDIVIDUAL", "responsibleName": null}],
             "youthOrder": {"resourceUnitOrgId": "kommun-0583", "orderedOn": "2027-01-10",
                            "interventionFrom": "2027-01-15", "interventionTo": "2027-07-15"},
             "consentId": "5b0c8f0e-8a4e-4d4f-9d6a-2f1f0b6d9c11",
             "created": {"org": "kommun-0583", "sub": "cw-1", "at": "2026-11-23T09:30:00Z"},
             "closure": {"reason": "GOALS_MET", "note": "Klart.", "org": "kommun-0583", "at": "2027-08-01T08:00:00Z"},
             "lifeAreas": [{"area": "HOUSING", "currentSituation": null, "goals": []}],
             "actions": [{"id": "3a9d6b1e-0c4f-4f5a-8e2d-6b7c8d9e0f12", "lifeArea": "HOUSING", "intervention": "OTHER",
                          "interventionText": "Läxhjälp", "description": "Läxhjälp.", "responsibleOrgId": "INDIVIDUAL",
                          "goalId": "7c1e2a44-2f0b-4f7e-9c43-1d2b3a4c5d6e", "startOn": "2027-02-01", "dueOn": "2027-06-01",
                          "status": "DONE", "achieved": true}],
             "placementChanges": [],
             "deviations": [{"id": "9b2f6e1c-3d4a-4b5c-8d6e-7f8091a2b3c4", "description": "Inställt.",
                             "reportedByOrgId": "kommun-0583", "reportedAt": "2027-03-01T10:00:00Z"}],
             "leadChanges": [{"from": {"orgId": "kommun-0583", "name": "Motala kommun"},
                              "to": {"orgId": "region-1", "name": "Beroendemottagningen"},
                              "changedByOrg": "kommun-0583", "changedAt": "2027-02-01T09:00:00Z"}],
             "version": 9}""";

    @Test
    void aRowOfTheFirstShapeAnswersAsItAlwaysDidWithoutTheLaterParts() throws Exception {
        PlanSnapshot snapshot = JSON.readValue(FIRST_SHAPE, PlanSnapshot.class);

        assertEquals(1, snapshot.schemaVersion());
        String answered = JSON.writeValueAsString(AgreedVersionView.plan(snapshot, PERSON_ID));
        assertEquals(JSON.writeValueAsString(JSON.readValue(FIRST_SHAPE, PlanView.class)), answered);
        assertFalse(answered.contains("otherMeasures") || answered.contains("leadChanges"), answered);
    }

    @Test
    void aRowOfTheLastShapeAnswersAsItAlwaysDid() throws Exception {
        PlanSnapshot snapshot = JSON.readValue(LAST_SHAPE, PlanSnapshot.class);

        assertEquals(JSON.writeValueAsString(JSON.readValue(LAST_SHAPE, PlanView.class)),
                JSON.writeValueAsString(AgreedVersionView.plan(snapshot, PERSON_ID)));
    }

    @Test
    void aSnapshotWrittenOutNamesItsShapeHoldsNoPersonalNumberAndReadsBackTheSame() throws Exception {
        PlanSnapshot snapshot = JSON.readValue(LAST_SHAPE, PlanSnapshot.class);
        String written = JSON.writeValueAsString(snapshot);

        // The number a version 1 row held is not read, so it cannot be written again.
        assertEquals(snapshot.schemaVersion(), JSON.readTree(written).get("schemaVersion").asInt());
        assertFalse(JSON.readTree(written).has("personId"), written);
        assertFalse(written.contains(PERSON_ID) || written.contains(PERSON_ID.substring(2)), written);
        assertEquals(snapshot, JSON.readValue(written, PlanSnapshot.class));
    }

    @Test
    void aRowOfTheFirstShapeAsV19LeftItAnswersAsBeforeWithThePlansNumber() throws Exception {
        ObjectNode migrated = (ObjectNode) JSON.readTree(FIRST_SHAPE);
        migrated.remove("personId");
        migrated.put("schemaVersion", 2);
        PlanSnapshot snapshot = JSON.treeToValue(migrated, PlanSnapshot.class);

        assertEquals(2, snapshot.schemaVersion());
        assertEquals(JSON.writeValueAsString(JSON.readValue(FIRST_SHAPE, PlanView.class)),
                JSON.writeValueAsString(AgreedVersionView.plan(snapshot, PERSON_ID)));
    }
}
