package se.sip.platform.idempotency;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.platform.probe.ProbeCalls.MUNICIPALITY;
import static se.sip.platform.probe.ProbeCalls.PROBLEM;
import static se.sip.platform.probe.ProbeCalls.RECORDS;
import static se.sip.platform.probe.ProbeCalls.REGION;
import static se.sip.platform.probe.ProbeCalls.as;
import static se.sip.platform.probe.ProbeCalls.assertNotMentioning;
import static se.sip.platform.probe.ProbeCalls.caseworker;
import static se.sip.platform.probe.ProbeCalls.record;
import static se.sip.platform.probe.ProbeCalls.recordOne;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * The Idempotency-Key matrix (docs/reliability.md, "Retries from partners are safe") that every service's POSTs share,
 * on the probe's POSTs.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class IdempotencyKeyTest {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotency-Replayed";
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyStore store;

    @Inject
    Scheduler scheduler;

    @Test
    void theSameRequestAgainGetsTheFirstResponseAndIsNotRunAgain() {
        String person = TestPersons.next();
        String key = newKey();

        Response first = post(caseworker(MUNICIPALITY), key, record(person));
        Response second = post(caseworker(MUNICIPALITY), key, record(person));

        first.then().statusCode(201).header(REPLAYED, nullValue());
        second.then().statusCode(201).header(REPLAYED, "true");
        assertSameResponse(first, second);
        assertEquals(1, visibleRecords(person));
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        String person = TestPersons.next();
        String other = TestPersons.next();
        String key = newKey();
        post(caseworker(MUNICIPALITY), key, record(person)).then().statusCode(201);

        String body = post(caseworker(MUNICIPALITY), key, record(other)).then().statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:sip:problem:idempotency-key-reused"))
                .body("detail", containsString("another request"))
                .extract().asString();
        assertNotMentioning(body, other);
        // The exact bytes count: the same JSON laid out otherwise is another request, and so is another query.
        post(caseworker(MUNICIPALITY), key, record(person).replace("\n", "")).then().statusCode(422);
        caseworker(MUNICIPALITY).header(KEY, key).body(record(person)).queryParam("x", "1")
                .post(RECORDS).then().statusCode(422);

        assertEquals(1, visibleRecords(person));
        assertEquals(0, visibleRecords(other));
    }

    @Test
    void parallelRequestsWithOneKeyRunOnce() throws Exception {
        String person = TestPersons.next();
        String key = newKey();
        int parallel = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Response> responses = new ArrayList<>();
        try {
            List<Future<Response>> pending = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return post(caseworker(MUNICIPALITY), key, record(person));
                }));
            }
            start.countDown();
            for (Future<Response> response : pending) {
                responses.add(response.get(BOUND.toSeconds(), TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        List<Response> originals = created.stream().filter(r -> r.header(REPLAYED) == null).toList();
        assertEquals(1, originals.size(), "exactly one request ran");
        created.forEach(r -> assertSameResponse(originals.get(0), r));
        responses.stream().filter(r -> r.statusCode() != 201).forEach(r -> r.then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("urn:sip:problem:idempotency-key-in-use")));
        assertEquals(1, visibleRecords(person));
    }

    @Test
    void aRequestArrivingWhileTheFirstStillRunsIsAConflict() throws Exception {
        String person = TestPersons.next();
        String key = newKey();
        Response original = whileTheFirstRuns(key, person, () -> assertInUse(key, person));
        original.then().statusCode(201).header(REPLAYED, nullValue());

        Response replay = post(caseworker(MUNICIPALITY), key, record(person));
        replay.then().statusCode(201).header(REPLAYED, "true");
        assertSameResponse(original, replay);
        assertEquals(1, visibleRecords(person));
    }

    @Test
    void aRequestStillRunningPastTheClaimTimeoutKeepsItsKey() throws Exception {
        String person = TestPersons.next();
        String key = newKey();
        Response original = whileTheFirstRuns(key, person, () -> {
            // As if the claim timeout had passed since the claim: only the renewal keeps a live request's key.
            expire(key);
            assertNotNull(scheduler.getScheduledJob("idempotency-claim-renewal"), "the renewal is scheduled");
            assertTrue(store.renewHeld() >= 1, "the running request's claim was renewed");
            assertInUse(key, person);
        });
        original.then().statusCode(201).header(REPLAYED, nullValue());
        post(caseworker(MUNICIPALITY), key, record(person)).then().statusCode(201).header(REPLAYED, "true");
        assertEquals(1, visibleRecords(person));
    }

    /**
     * Runs {@code meanwhile} while a first request with {@code key} is inside its handler, its key claimed (holding the
     * probe's table keeps it there), and answers that request's response once it is let go.
     */
    private Response whileTheFirstRuns(String key, String person, Runnable meanwhile) throws Exception {
        CompletableFuture<Response> first;
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE probe_record IN EXCLUSIVE MODE");
            }
            first = CompletableFuture.supplyAsync(() -> post(caseworker(MUNICIPALITY), key, record(person)));
            await().atMost(BOUND).until(() -> recordExists(key));
            meanwhile.run();
            lock.rollback();
        }
        return first.get(BOUND.toSeconds(), TimeUnit.SECONDS);
    }

    private void assertInUse(String key, String person) {
        post(caseworker(MUNICIPALITY), key, record(person)).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:sip:problem:idempotency-key-in-use"));
    }

    @Test
    void aRejectedRequestIsNotStoredSoItsKeyMayBeRetried() {
        String person = TestPersons.next();
        String key = newKey();

        post(caseworker(MUNICIPALITY), key, record(TestPersons.withWrongCheckDigit(person)))
                .then().statusCode(400).body("errors[0].field", equalTo("personId"));
        assertFalse(recordExists(key));
        post(as("cw-1", MUNICIPALITY, "MUNICIPALITY", "auditor"), key, record(person)).then().statusCode(403);
        assertFalse(recordExists(key));

        post(caseworker(MUNICIPALITY), key, record(person)).then().statusCode(201).header(REPLAYED, nullValue());
        post(caseworker(MUNICIPALITY), key, record(person)).then().statusCode(201).header(REPLAYED, "true");
        assertEquals(1, visibleRecords(person));
    }

    @Test
    void anExpiredKeyRunsAgain() {
        String person = TestPersons.next();
        String key = newKey();
        Response first = post(caseworker(MUNICIPALITY), key, record(person));
        first.then().statusCode(201);

        expire(key);
        Response again = post(caseworker(MUNICIPALITY), key, record(person));

        again.then().statusCode(201).header(REPLAYED, nullValue());
        assertNotEquals(first.header("Location"), again.header("Location"));
        assertEquals(2, visibleRecords(person));
    }

    @Test
    void theCleanupDeletesExpiredRecordsOnly() {
        String expired = newKey();
        String live = newKey();
        post(caseworker(MUNICIPALITY), expired, record(TestPersons.next())).then().statusCode(201);
        post(caseworker(MUNICIPALITY), live, record(TestPersons.next())).then().statusCode(201);
        expire(expired);

        store.deleteExpired();

        assertFalse(recordExists(expired));
        assertTrue(recordExists(live));
        assertNotNull(scheduler.getScheduledJob("idempotency-key-cleanup"), "the cleanup is scheduled");
    }

    @Test
    void aKeyBelongsToItsCaller() {
        String person = TestPersons.next();
        String key = newKey();
        Response mine = post(as("cw-1", MUNICIPALITY, "MUNICIPALITY", "caseworker"), key, record(person));
        Response colleagues = post(as("cw-2", MUNICIPALITY, "MUNICIPALITY", "caseworker"), key, record(person));
        Response otherOrganisations = post(as("cw-1", REGION, "REGION", "caseworker"), key, record(person));

        for (Response response : List.of(mine, colleagues, otherOrganisations)) {
            response.then().statusCode(201).header(REPLAYED, nullValue());
        }
        assertEquals(3, List.of(mine, colleagues, otherOrganisations).stream().map(r -> r.header("Location"))
                .distinct().count());
    }

    @Test
    void aRetriedChangeGetsItsFirstAnswer() {
        String id = recordOne(TestPersons.next());
        String key = newKey();

        Response first = archive(id, key);
        Response second = archive(id, key);

        first.then().statusCode(200).header(REPLAYED, nullValue()).body("archived", equalTo(true));
        second.then().statusCode(200).header(REPLAYED, "true");
        assertSameResponse(first, second);
        // Without the key the retry is a new request, refused since the record is archived; that 409 is not kept.
        String another = newKey();
        archive(id, another).then().statusCode(409).body("type", equalTo("urn:sip:problem:conflict"));
        assertFalse(recordExists(another));
    }

    @Test
    void aServerErrorIsReplayedWithoutRunningTheHandlerAgain() {
        String key = newKey();
        int before = IdempotencyProbeResource.FAILURES.get();

        Response first = caseworker(MUNICIPALITY).header(KEY, key).post("/api/v1/idempotency-probe/failure");
        Response second = caseworker(MUNICIPALITY).header(KEY, key).post("/api/v1/idempotency-probe/failure");

        first.then().statusCode(500).contentType(PROBLEM).header(REPLAYED, nullValue())
                .body("type", equalTo("urn:sip:problem:internal"))
                .body("detail", startsWith("Something went wrong on our side. Error id: "))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("on purpose")));
        second.then().statusCode(500).header(REPLAYED, "true");
        assertSameResponse(first, second);
        assertEquals(before + 1, IdempotencyProbeResource.FAILURES.get());
    }

    @Test
    void aRequestWhoseResponseWasNeverStoredStopsHoldingItsKey() {
        String key = newKey();

        // The writer fails in the response filter that would store the answer: nothing is stored or released.
        int first = caseworker(MUNICIPALITY).header(KEY, key).post("/api/v1/idempotency-probe/unwritable")
                .then().extract().statusCode();

        // Its claim is left in progress, but no longer renewed: it lapses as a dead instance's would, and a retry runs.
        assertTrue(recordExists(key));
        expire(key);
        store.renewHeld();
        caseworker(MUNICIPALITY).header(KEY, key).post("/api/v1/idempotency-probe/unwritable").then()
                .statusCode(first).header(REPLAYED, nullValue());
    }

    @Test
    void aMalformedKeyIsAProblemNamingTheHeader() {
        String person = TestPersons.next();
        for (String key : List.of("", "two words", "x".repeat(256), "nyckel-\u00e5")) {
            post(caseworker(MUNICIPALITY), key, record(person)).then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("urn:sip:problem:validation"))
                    .body("errors[0].field", equalTo(KEY));
        }
        assertEquals(0, visibleRecords(person));
        String longest = (newKey() + "~").repeat(8).substring(0, 255);
        post(caseworker(MUNICIPALITY), longest, record(person)).then().statusCode(201);
    }

    @Test
    void withoutAKeyARequestRunsEveryTime() {
        String person = TestPersons.next();
        caseworker(MUNICIPALITY).body(record(person)).post(RECORDS).then().statusCode(201)
                .header(REPLAYED, nullValue());
        caseworker(MUNICIPALITY).body(record(person)).post(RECORDS).then().statusCode(201)
                .header(REPLAYED, nullValue());
        assertEquals(2, visibleRecords(person));
    }

    @Test
    void theOpenApiDocumentDescribesTheKeyOnEveryPost() {
        String header = "parameters.find { it.name == 'Idempotency-Key' }";
        String post = "paths.'" + RECORDS + "'.post";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(post + "." + header + ".in", equalTo("header"))
                .body(post + "." + header + ".required", not(equalTo(true)))
                .body(post + "." + header + ".description", containsString("24 hours"))
                .body(post + ".responses", hasKey("409"))
                .body(post + ".responses", hasKey("422"))
                .body(post + ".responses.'201'.headers", hasKey(REPLAYED))
                // An operation's own 409 keeps its meaning and gains the key's.
                .body("paths.'" + RECORDS + "/{id}/archive'.post.parameters.name", hasItem(KEY))
                .body("paths.'" + RECORDS + "/{id}/archive'.post.responses.'409'.description",
                        equalTo("The record is archived already. Or: A request with this Idempotency-Key is still"
                                + " being processed"))
                .body("paths.'" + RECORDS + "'.get.parameters.name", not(hasItem(KEY)));
    }

    private static Response post(RequestSpecification caller, String key, String body) {
        return caller.header(KEY, key).body(body).post(RECORDS);
    }

    private static Response archive(String id, String key) {
        return caseworker(MUNICIPALITY).header(KEY, key).post(RECORDS + "/" + id + "/archive");
    }

    private static int visibleRecords(String person) {
        return caseworker(MUNICIPALITY).queryParam("personId", person).get(RECORDS)
                .then().statusCode(200).extract().path("total");
    }

    private static void assertSameResponse(Response expected, Response actual) {
        assertEquals(expected.statusCode(), actual.statusCode());
        assertEquals(expected.header("Location"), actual.header("Location"));
        assertEquals(expected.header("ETag"), actual.header("ETag"));
        assertEquals(expected.header("Content-Type"), actual.header("Content-Type"));
        assertArrayEquals(expected.asByteArray(), actual.asByteArray());
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private boolean recordExists(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT count(*) FROM idempotency_key WHERE key_value = ?")) {
            select.setString(1, key);
            try (ResultSet count = select.executeQuery()) {
                count.next();
                return count.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void expire(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE key_value = ?")) {
            update.setString(1, key);
            assertEquals(1, update.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
