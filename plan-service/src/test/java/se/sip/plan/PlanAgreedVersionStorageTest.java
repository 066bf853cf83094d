package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.startPlan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.StoredRows;
import se.sip.testinfra.TestPersons;

/**
 * An agreed version stores the person by personRef only (PlanSnapshot schemaVersion 2); the personal identity number
 * is the plan's, filled in when the version is read or printed. Rows stored by earlier versions of the service, with
 * the number, still read; V19 rewrites them, here run again on such rows inserted by SQL (the module has no other way
 * to show a migration on old rows: Flyway ran V19 on this database before any row existed).
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanAgreedVersionStorageTest {

    private static final String V19 = "db/migration/V19__agreed_versions_without_personal_number.sql";
    /**
     * Twelve digits standing alone, or the YYYYMMDD-NNNN form; not a run inside a UUID, whose groups of 8, 4 and 12
     * hex digits are all digits now and then.
     */
    private static final Pattern PERSONAL_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z-])\\d{12}(?![0-9A-Za-z-])|(?<![0-9A-Za-z-])\\d{8}-\\d{4}(?![0-9A-Za-z-])");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PersonRefs personRefs;

    @Inject
    DataSource dataSource;

    @Test
    void thePatternFindsPersonalNumbersButNoUuid() {
        assertTrue(PERSONAL_NUMBER.matcher("{\"personId\": \"191212121212\"}").find());
        assertTrue(PERSONAL_NUMBER.matcher("Personnummer 19121212-1212.").find());
        assertFalse(PERSONAL_NUMBER.matcher("{\"consentId\": \"12345678-1234-4567-8901-123456789012\"}").find());
    }

    @Test
    void anAgreedVersionStoresNoPersonalNumberYetShowsAndPrintsThePlans() throws Exception {
        String person = TestPersons.next();
        String personRef = ref(person);
        String id = startPlan(person);
        MinutesEventFeed.publish(personRef, MinutesEventFeed.approved(personRef, id, UUID.randomUUID(), 1));
        await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/plans/" + id + "/versions/1")
                .then().statusCode(200));

        String stored = storedSnapshot(id, 1);
        JsonNode snapshot = JSON.readTree(stored);
        // What V19 counts on: the service stores a JSON object, not a JSON string holding one.
        assertEquals("object", scalar("SELECT jsonb_typeof(snapshot) FROM plan_agreed_version WHERE plan_id = '"
                + UUID.fromString(id) + "'"));
        assertFalse(snapshot.has("personId"), stored);
        assertFalse(PERSONAL_NUMBER.matcher(stored).find(), stored);
        assertEquals(2, snapshot.get("schemaVersion").asInt());
        assertEquals(personRef, snapshot.get("personRef").asText());
        StoredRows.assertNoneHolds(dataSource, "plan_agreed_version", person);

        municipality().get("/api/v1/plans/" + id + "/versions/1").then().statusCode(200)
                .body("plan.personId", equalTo(person))
                .body("plan.personRef", equalTo(personRef));
        municipality().queryParam("version", 1).get("/api/v1/plans/" + id + "/sip-document").then().statusCode(200)
                .body(containsString("<dt>Personnummer</dt><dd>" + TestPersons.withHyphen(person) + "</dd>"));
    }

    @Test
    void rowsStoredInTheEarlierShapesReadAndV19TakesTheirNumberAndNothingElse() throws Exception {
        String person = TestPersons.next();
        String id = startPlan(person);
        // As stored before this change: the plan view itself (no schemaVersion), then schemaVersion 1; both with it.
        ObjectNode first = oldShape(id, person, ref(person));
        ObjectNode second = oldShape(id, person, ref(person)).put("schemaVersion", 1).put("individualGoal", "Arbete.");
        insertVersion(id, 1, first);
        insertVersion(id, 2, second);
        assertTrue(storedSnapshot(id, 1).contains(person) && storedSnapshot(id, 2).contains(person),
                "the rows hold the number as earlier versions stored it");

        for (int n = 1; n <= 2; n++) {
            assertReadsWithThePlansNumber(id, n, person);
        }
        municipality().get("/api/v1/plans/" + id + "/versions/2/changes").then().statusCode(200)
                .body("individualGoal.from", equalTo("Egen lägenhet.")).body("individualGoal.to", equalTo("Arbete."));

        execute(migration());

        for (int n = 1; n <= 2; n++) {
            JsonNode migrated = JSON.readTree(storedSnapshot(id, n));
            ObjectNode expected = (n == 1 ? first : second).deepCopy();
            expected.remove("personId");
            expected.put("schemaVersion", 2);
            assertEquals(expected, migrated, "only personId went and schemaVersion became 2");
            assertFalse(PERSONAL_NUMBER.matcher(storedSnapshot(id, n)).find());
            assertReadsWithThePlansNumber(id, n, person);
        }
        StoredRows.assertNoneHolds(dataSource, "plan_agreed_version", person);
        // Nothing is left for it to do: every stored row is of the new shape.
        assertEquals(0, execute(migration()));
        assertEquals("true", scalar("SELECT bool_and(success)::text FROM flyway_schema_history WHERE version = '19'"));
    }

    private void assertReadsWithThePlansNumber(String id, int n, String person) {
        municipality().get("/api/v1/plans/" + id + "/versions/" + n).then().statusCode(200)
                .body("version", equalTo(n))
                .body("plan.id", equalTo(id))
                .body("plan.personId", equalTo(person))
                .body("plan.lifeAreas[0].currentSituation", equalTo("Ingen bostad."));
        municipality().queryParam("version", n).get("/api/v1/plans/" + id + "/sip-document").then().statusCode(200)
                .body(containsString("<dt>Personnummer</dt><dd>" + TestPersons.withHyphen(person) + "</dd>"))
                .body(containsString("Ingen bostad."));
    }

    /** A snapshot as the first agreed versions stored it: the plan view, with the personal identity number. */
    private static ObjectNode oldShape(String planId, String person, String personRef) throws IOException {
        return (ObjectNode) JSON.readTree("""
                {"id": "%s", "personId": "%s", "personRef": "%s", "kind": "LVM_AFTERCARE", "status": "ACTIVE",
                 "lead": {"orgId": "kommun-0583", "name": "Motala kommun, vuxenenheten"},
                 "parties": [{"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun", "contact": null},
                             {"orgId": "sis-lvm-hem-1", "orgType": "SIS", "name": "SiS LVM-hem", "contact": null}],
                 "careEpisode": {"lvmStartedOn": "2026-10-01", "institution": "SiS LVM-hem", "expectedDischargeOn": null},
                 "horizonMonths": 12, "individualGoal": "Egen lägenhet.", "needs": "Boende.",
                 "consentId": "%s",
                 "created": {"org": "kommun-0583", "sub": "cw-1", "at": "2026-11-23T09:30:00Z"},
                 "lifeAreas": [{"area": "HOUSING", "currentSituation": "Ingen bostad.", "goals": []}],
                 "actions": [], "placementChanges": [], "deviations": [], "version": 0}"""
                .formatted(planId, person, personRef, UUID.randomUUID()));
    }

    private void insertVersion(String planId, int number, JsonNode snapshot) throws SQLException {
        try (Connection db = dataSource.getConnection();
                PreparedStatement insert = db.prepareStatement("INSERT INTO plan_agreed_version (plan_id, number,"
                        + " meeting_id, minutes_revision, agreed_at, snapshot) VALUES (?, ?, ?, 1, now(), ?::jsonb)")) {
            insert.setObject(1, UUID.fromString(planId));
            insert.setInt(2, number);
            insert.setObject(3, UUID.randomUUID());
            insert.setString(4, snapshot.toString());
            assertEquals(1, insert.executeUpdate());
        }
    }

    /** The snapshot as stored, read by SQL past the application. */
    private String storedSnapshot(String planId, int number) throws SQLException {
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement(
                        "SELECT snapshot::text FROM plan_agreed_version WHERE plan_id = ? AND number = ?")) {
            select.setObject(1, UUID.fromString(planId));
            select.setInt(2, number);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "no agreed version " + number);
                return row.getString(1);
            }
        }
    }

    /** The one value {@code sql} answers; its literals are the test's own. */
    private String scalar(String sql) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next());
            return row.getString(1);
        }
    }

    /** Runs {@code sql} (one statement) and answers how many rows it changed. */
    private int execute(String sql) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** V19 as Flyway runs it, from the application's own classpath. */
    private static String migration() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(V19)) {
            assertNotNull(in, V19);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String ref(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }
}
