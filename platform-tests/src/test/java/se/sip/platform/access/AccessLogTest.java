package se.sip.platform.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.platform.probe.ProbeCalls.MUNICIPALITY;
import static se.sip.platform.probe.ProbeCalls.PROBLEM;
import static se.sip.platform.probe.ProbeCalls.RECORDS;
import static se.sip.platform.probe.ProbeCalls.REGION;
import static se.sip.platform.probe.ProbeCalls.STRANGER;
import static se.sip.platform.probe.ProbeCalls.as;
import static se.sip.platform.probe.ProbeCalls.assertNotMentioning;
import static se.sip.platform.probe.ProbeCalls.auditor;
import static se.sip.platform.probe.ProbeCalls.caseworker;
import static se.sip.platform.probe.ProbeCalls.recordOne;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.probe.ProbeCalls;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.StoredRows;
import se.sip.testinfra.TestPersons;

/**
 * Every access through {@link PersonDataAccess} leaves a row, and only the accessing organisation's auditor reads it
 * (on the probe's person data, which each organisation sees of its own records only).
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class AccessLogTest {

    private static final String ACCESS_LOG = "/api/v1/access-log";

    @Inject
    PersonRefs personRefs;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyReadAndWriteIsLoggedForTheAuditorOfTheOrganisationThatMadeIt() {
        String person = TestPersons.next();
        String id = recordOne(person);
        caseworker(MUNICIPALITY).get(RECORDS + "/" + id).then().statusCode(200);
        caseworker(MUNICIPALITY).queryParam("personId", person).get(RECORDS).then().statusCode(200);
        caseworker(MUNICIPALITY).post(RECORDS + "/" + id + "/archive").then().statusCode(200);
        caseworker(MUNICIPALITY).queryParam("personId", person).get(RECORDS + "/summary").then().statusCode(200);

        String body = log(auditor(MUNICIPALITY), person).statusCode(200)
                .body("total", equalTo(5)).body("items", hasSize(5))
                .body("items.action", contains("READ", "WRITE", "READ", "READ", "WRITE"))
                .body("items.resourceType", contains("probe-summary", "probe-record", "probe-record", "probe-record",
                        "probe-record"))
                .body("items.resourceId", contains(null, id, null, id, id))
                .body("items.outcome", everyItem(equalTo("PERMITTED")))
                .body("items.sub", everyItem(equalTo("cw-1")))
                .body("items.org", everyItem(equalTo(MUNICIPALITY)))
                .body("items.orgType", everyItem(equalTo("MUNICIPALITY")))
                .body("items.roles", everyItem(equalTo("caseworker")))
                .body("items.personRef", everyItem(equalTo(personRef(person))))
                .extract().asString();
        assertNotMentioning(body, person);

        // Reading the log was an access too: the next read shows it, newest first; the search keeps the number out of
        // the URL, and a retry of it under the same Idempotency-Key is answered anew, never replayed.
        for (int n = 0; n < 2; n++) {
            auditor(MUNICIPALITY).header("Idempotency-Key", "search-" + person).body("{\"personId\": \"" + person
                    + "\"}").post(ACCESS_LOG + "/search").then().statusCode(200).header("Idempotency-Replayed",
                            org.hamcrest.Matchers.nullValue()).body("total", equalTo(6 + n));
        }
        log(auditor(MUNICIPALITY), person).statusCode(200)
                .body("total", equalTo(8))
                .body("items[0].resourceType", equalTo("access-log"))
                .body("items[0].sub", equalTo("aud-1"))
                .body("items[0].action", equalTo("READ"))
                .body("items[0].personRef", equalTo(personRef(person)));
        StoredRows.assertNoneHolds(dataSource, "access_log", person);
    }

    @Test
    void anotherOrganisationsRefusedAccessIsLoggedForItsOwnAuditorOnly() {
        String person = TestPersons.next();
        String id = recordOne(person);
        caseworker(STRANGER).get(RECORDS + "/" + id).then().statusCode(404);
        caseworker(STRANGER).post(RECORDS + "/" + id + "/archive").then().statusCode(404);
        caseworker(STRANGER).queryParam("personId", person).get(RECORDS + "/summary").then().statusCode(403);

        log(auditor(STRANGER), person).statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", contains("READ", "WRITE", "READ"))
                .body("items.resourceType", contains("probe-summary", "probe-record", "probe-record"))
                .body("items.outcome", everyItem(equalTo("DENIED")))
                .body("items.org", everyItem(equalTo(STRANGER)))
                .body("items.personRef", everyItem(equalTo(personRef(person))));
        // The recording organisation's auditor counts only its own access; an organisation that made none sees none.
        log(auditor(MUNICIPALITY), person).statusCode(200)
                .body("total", equalTo(1)).body("items[0].action", equalTo("WRITE"))
                .body("items.org", not(hasItem(STRANGER)));
        log(as("aud-2", REGION, "REGION", "auditor"), person).statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
        StoredRows.assertNoneHolds(dataSource, "access_log", person);
    }

    @Test
    void anUnknownIdIsLoggedAsNotFoundWithoutAPerson() {
        String org = "kommun-" + UUID.randomUUID();
        String unknown = UUID.randomUUID().toString();
        caseworker(org).get(RECORDS + "/" + unknown).then().statusCode(404);

        auditor(org).get(ACCESS_LOG).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].resourceId", equalTo(unknown))
                .body("items[0].outcome", equalTo("NOT_FOUND"))
                .body("items[0].personRef", nullValue());
    }

    @Test
    void onlyAnAuditorReadsTheLog() {
        String person = TestPersons.next();
        for (String role : new String[] { "caseworker", "manager", "partner", "integration" }) {
            log(as("someone", MUNICIPALITY, "MUNICIPALITY", role), person).statusCode(403)
                    .contentType(PROBLEM).body("status", equalTo(403));
        }
        given().queryParam("personId", person).get(ACCESS_LOG).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aBadPersonalNumberIsAProblemThatDoesNotQuoteIt() {
        String person = TestPersons.withWrongCheckDigit(TestPersons.next());
        String body = log(auditor(MUNICIPALITY), person).statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("personId"))
                .body("errors[0].message", equalTo("has a wrong check digit"))
                .extract().asString();
        assertNotMentioning(body, person);
    }

    @Test
    void theLogIsPagedNewestFirst() {
        String org = "kommun-" + UUID.randomUUID();
        String[] unknown = { UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString() };
        for (String id : unknown) {
            caseworker(org).get(RECORDS + "/" + id).then().statusCode(404);
        }

        auditor(org).queryParam("size", 2).get(ACCESS_LOG).then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.resourceId", contains(unknown[2], unknown[1]));
        // That read is now the newest row, so the second page begins one row later.
        auditor(org).queryParams("size", 2, "page", 1).get(ACCESS_LOG).then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(1))
                .body("items.resourceId", contains(unknown[1], unknown[0]));
        auditor(org).queryParam("size", 201).get(ACCESS_LOG).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("size"));
        auditor(org).queryParam("page", -1).get(ACCESS_LOG).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void aPermittedWritesRowCommitsWithTheWrite() {
        String person = TestPersons.next();
        String id = recordOne(person);
        caseworker(MUNICIPALITY).post(RECORDS + "/" + id + "/archive").then().statusCode(200);
        // Refused after the access check (already archived): the write and its row roll back together.
        caseworker(MUNICIPALITY).post(RECORDS + "/" + id + "/archive").then().statusCode(409);

        log(auditor(MUNICIPALITY), person).statusCode(200)
                .body("total", equalTo(2))
                .body("items.action", contains("WRITE", "WRITE"))
                .body("items.resourceId", contains(id, id));
    }

    @Test
    void anAccessThatCannotBeLoggedDoesNotHappen() {
        String person = TestPersons.next();
        String id = recordOne(person);
        // A subject longer than the log's column makes the row impossible to write: the stand-in for a failing log.
        RequestSpecification unloggable = as("x".repeat(201), MUNICIPALITY, "MUNICIPALITY", "caseworker");

        String body = unloggable.get(RECORDS + "/" + id).then().statusCode(500)
                .contentType(PROBLEM).extract().asString();
        assertNotMentioning(body, person);
        unloggable.post(RECORDS + "/" + id + "/archive").then().statusCode(500);

        caseworker(MUNICIPALITY).get(RECORDS + "/" + id).then().statusCode(200)
                .body("archived", equalTo(false));
    }

    @Test
    void readsWhoseRowsCommitTogetherStillFailAlone() throws Exception {
        String person = TestPersons.next();
        String id = recordOne(person);
        int reads = 64;
        ExecutorService readers = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < reads; i++) {
                // Every eighth reader's row cannot be written; the others' rows may share its commit.
                String subject = i % 8 == 0 ? "x".repeat(201) : "cw-1";
                statuses.add(readers.submit(() -> as(subject, MUNICIPALITY, "MUNICIPALITY", "caseworker")
                        .get(RECORDS + "/" + id).statusCode()));
            }
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(60, TimeUnit.SECONDS));
            }
            assertEquals(reads / 8, answered.stream().filter(s -> s == 500).count(), answered.toString());
            assertEquals(reads - reads / 8, answered.stream().filter(s -> s == 200).count(), answered.toString());
        } finally {
            readers.shutdownNow();
        }
        // The record's write and each answered read: a row for every answer, none for a read that failed.
        log(auditor(MUNICIPALITY), person).statusCode(200).body("total", equalTo(1 + reads - reads / 8));
    }

    @Test
    void theLogIsInsertOnlyEvenForItsOwner() throws SQLException {
        String person = TestPersons.next();
        recordOne(person);
        try (Connection db = DriverManager.getConnection(InfrastructureResource.jdbcUrl(),
                setting("quarkus.flyway.username"), setting("quarkus.flyway.password"))) {
            db.setSchema(setting("sip.db.schema"));
            assertRefused(db, "UPDATE access_log SET outcome = 'DENIED' WHERE person_ref = ?", personRef(person));
            assertRefused(db, "DELETE FROM access_log WHERE person_ref = ?", personRef(person));
        }
        log(auditor(MUNICIPALITY), person).statusCode(200)
                .body("total", equalTo(1)).body("items[0].outcome", equalTo("PERMITTED"));
    }

    @Test
    void aWriteRefusedByARuleAfterTheAccessCheckIsLoggedAsDenied() {
        String person = TestPersons.next();
        String id = recordOne(person);

        caseworker(MUNICIPALITY).post(RECORDS + "/" + id + "/seal").then().statusCode(403).contentType(PROBLEM);

        log(auditor(MUNICIPALITY), person).statusCode(200).body("total", equalTo(2))
                .body("items.findAll { it.outcome == 'DENIED' }.action", contains("WRITE"))
                .body("items.findAll { it.outcome == 'DENIED' }.resourceId", contains(id))
                .body("items.findAll { it.outcome == 'DENIED' }.personRef", contains(personRef(person)));
    }

    @Test
    void anIdempotentReplayIsLoggedAsAReadOfWhatTheFirstRequestWrote() {
        String person = TestPersons.next();
        String key = UUID.randomUUID().toString();
        String id = caseworker(MUNICIPALITY).header("Idempotency-Key", key).body(ProbeCalls.record(person))
                .post(RECORDS).then().statusCode(201).extract().path("id");

        caseworker(MUNICIPALITY).header("Idempotency-Key", key).body(ProbeCalls.record(person)).post(RECORDS).then()
                .statusCode(201).header("Idempotency-Replayed", "true");

        log(auditor(MUNICIPALITY), person).statusCode(200).body("total", equalTo(2))
                .body("items.action", containsInAnyOrder("WRITE", "READ"))
                .body("items.resourceId", everyItem(equalTo(id)))
                .body("items.outcome", everyItem(equalTo("PERMITTED")));
    }

    @Test
    void theServiceCannotUndoTheLogsProtection() throws SQLException {
        String person = TestPersons.next();
        recordOne(person);
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            SQLException disable = assertThrows(SQLException.class,
                    () -> statement.execute("ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_or_delete"));
            assertTrue(disable.getMessage().contains("must be owner"), disable.getMessage());
            SQLException truncate = assertThrows(SQLException.class, () -> statement.execute("TRUNCATE access_log"));
            assertTrue(truncate.getMessage().contains("permission denied"), truncate.getMessage());
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE access_log SET outcome = 'DENIED' WHERE person_ref = ?")) {
                update.setString(1, personRef(person));
                SQLException refused = assertThrows(SQLException.class, update::executeUpdate);
                assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
            }
        }
        log(auditor(MUNICIPALITY), person).statusCode(200).body("total", equalTo(1));
    }

    @Test
    void theOpenApiDocumentDescribesTheAccessLog() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey(ACCESS_LOG))
                .body("paths.'/api/v1/access-log'.get.tags[0]", equalTo("Access log"))
                .body("paths.'/api/v1/access-log'.get.responses", hasKey("403"));
    }

    private static ValidatableResponse log(RequestSpecification who, String person) {
        return who.queryParam("personId", person).get(ACCESS_LOG).then();
    }

    private String personRef(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }

    private static String setting(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }

    private static void assertRefused(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            SQLException refused = assertThrows(SQLException.class, statement::executeUpdate);
            assertTrue(refused.getMessage().contains("access_log is insert-only"), refused.getMessage());
        }
    }
}
